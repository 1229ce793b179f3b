"""The operation index: every documented operation -> the Python call that performs it.

Imported operations are matched by operationId (a node method, or its unscoped form); documented
v2 operations by method and path to the hand-written resources of the old client. What matches
nothing is listed with the reason it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .ir import IndexEntryIR
from .naming import identifier
from .spec_loader import LoadedSpec
from .spec_schema import IndexFile, OperationSpec, ResourceSpec

_PARAM = re.compile(r"\{[^}]+\}")
V2_NOT_GENERATED = "v2 operation the old client did not have; reach it with api.connection"


def build_index(specs: list[LoadedSpec], index: IndexFile) -> tuple[IndexEntryIR, ...]:
    calls = dict(_node_calls(specs))
    calls.update(compat_calls(specs))
    out: list[IndexEntryIR] = []
    for version, method, path, operation_id in index.documented:
        found = calls.get((version, operation_id)) or calls.get((version, method, path_shape(path)))
        call, result = found if found else ("", "")
        reason = "" if found else V2_NOT_GENERATED if version == "v2" else "not generated"
        out.append(IndexEntryIR(version, method, "/" + path, operation_id, call, result, reason))
    for ex in index.excluded:
        out.append(IndexEntryIR("", ex.method, ex.path, ex.operation_id, "", "", ex.reason))
    return tuple(out)


def path_shape(path: str) -> str:
    return _PARAM.sub("{}", path.strip("/"))


def _args(path: str) -> list[str]:
    return [identifier(name) for name in re.findall(r"\{([^}]+)\}", path)]


def _call_args(op: OperationSpec, path: str) -> str:
    """The arguments as the generated signature takes them (build_nodes): path ids, then the
    body; a parent's ids come after the body, by keyword, where they may be left out."""
    ids = _args(path)
    optional = set(_args(op.path)) - set(_args(op.unscoped_path)) if op.unscoped_path else set()
    args = [a for a in ids if a not in optional or op.body is None]
    args += ["body"] if op.body is not None else []
    args += [f"{a}={a}" for a in ids if a in optional and op.body is not None]
    return ", ".join(args)


def _node_calls(specs: list[LoadedSpec]) -> Iterable[tuple[tuple[str, ...], tuple[str, str]]]:
    for loaded in specs:
        for chain, node in loaded.spec.nodes.items():
            for verb, op in node.operations.items():
                result = op.result.type or "None"
                call = f"api.{chain}.{verb}({_call_args(op, op.path)})"
                yield (loaded.spec.api, op.operation_id), (call, result)
                if op.unscoped_operation_id and op.unscoped_path is not None:
                    unscoped = f"api.{chain}.{verb}({_call_args(op, op.unscoped_path)})"
                    yield (loaded.spec.api, op.unscoped_operation_id), (unscoped, result)


def compat_calls(specs: list[LoadedSpec]) -> Iterable[tuple[tuple[str, ...], tuple[str, str]]]:
    for loaded in specs:
        for name, res in loaded.spec.resources.items():
            single = res.pagination == "singleton"
            yield from _verbs(name, res.path, None, None, res.verbs, res.model, single)
            for sub_name, sub in res.subresources.items():
                yield from _verbs(sub_name, sub.path, res, sub.count_path, sub.verbs, sub.model)


def _verbs(
    name: str,
    path: str,
    parent: ResourceSpec | None,
    count_path: str | None,
    verbs: tuple[str, ...],
    model: str,
    singleton: bool = False,
) -> Iterable[tuple[tuple[str, ...], tuple[str, str]]]:
    base = f"{parent.path}/{{}}/{path}" if parent else path
    pid = "parentid, " if parent else ""
    table = {
        "all": ("GET", base, f"all({pid.rstrip(', ')})", model if singleton else f"list[{model}]"),
        "get": ("GET", f"{base}/{{}}", f"get({pid}id)", model),
        "create": ("POST", base, f"create({pid}**fields)", model),
        "update": ("PUT", f"{base}/{{}}", f"update({pid}id, **fields)", model),
        "delete": ("DELETE", f"{base}/{{}}", f"delete({pid}id)", "None"),
        "delete_all": ("DELETE", base, f"delete_all({pid.rstrip(', ')})", "None"),
        "count": ("GET", f"{base}/count", f"count({pid.rstrip(', ')})", "int"),
    }
    for verb in verbs:
        if verb in table:
            method, where, call, result = table[verb]
            yield ("v2", method, where), (f"api.{name}.{call}", result)
    if parent and "all" in verbs:
        yield ("v2", "GET", f"{parent.path}/{path}"), (f"api.{name}.all()", f"list[{model}]")
    if count_path and "count" in verbs:
        yield ("v2", "GET", f"{count_path}/count"), (f"api.{name}.count()", "int")
