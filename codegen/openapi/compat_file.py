"""spec/imported/v2_compat.yaml: what the v2 documents say about the old client's classes.

For each hand-written class (spec/v2/) and each of its verbs, the documented operation it
performs, matched by method and path shape (its scoped path, and for a subresource's list or count
also the unscoped one): the operation id, the documented query parameters (of both, by wire name)
and the request body's fields. The calls a class makes that no document describes are listed
under `undocumented`, so the drift between the hand-written specs and the documents is reviewable
in one file. The generator merges it into the classes (`codegen/compat_merge.py`).

Body fields keep the documents' types and flags but not their requirements (the old classes
keep their own: a call that worked keeps working), except that a documented schema (which the
old client's hand-written models do not use) is written as `object`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..collect import collect_resources
from ..operation import Operation as CallOperation
from ..operation import path_shape, resource_operations
from ..spec_loader import LoadedSpec
from .model import ApiDescription, Operation, Param, SchemaField

#: The spec grammar's own type names; any other name in a documented type is a schema.
_SCALARS = frozenset(
    {"list", "int", "float", "decimal", "str", "bool", "datetime", "date", "any", "object"}
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def compat_file(api: ApiDescription, handwritten: list[LoadedSpec]) -> dict[str, Any]:
    """The content of v2_compat.yaml, classes sorted by name and verbs in their classes' order."""
    documented: dict[tuple[str, str], Operation] = {
        (op.method, path_shape(op.path)): op for op in api.operations if op.version == "v2"
    }
    schemas = {s.name: s for s in api.schemas}
    _models, resources = collect_resources(handwritten)
    out: dict[str, Any] = {}
    for res in sorted(resources, key=lambda r: r.name):
        if res.api != "v2":
            continue
        operations: dict[str, Any] = {}
        undocumented: list[str] = []
        for call in resource_operations(res):
            if call.result == "pages":
                continue  # `iterall` sends what `all` sends
            scoped = documented.get((call.method, path_shape(call.path)))
            unscoped = None
            if call.unscoped_path is not None:
                unscoped = documented.get((call.method, path_shape(call.unscoped_path)))
                if unscoped is None:
                    undocumented.append(f"{call.method} {call.unscoped_path}")
            if scoped is None:
                undocumented.append(f"{call.method} {call.path}")
            main = scoped or unscoped
            if main is not None:
                operations[call.name] = _operation(call, main, scoped, unscoped, schemas)
        entry: dict[str, Any] = {"operations": operations}
        if undocumented:
            entry["undocumented"] = undocumented
        out[res.name] = entry
    return {"api": "v2", "resources": out}


def _operation(
    call: CallOperation,
    main: Operation,
    scoped: Operation | None,
    unscoped: Operation | None,
    schemas: dict[str, Any],
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "operation_id": main.operation_id,
        "method": main.method,
        "path": main.path.strip("/"),
    }
    both = scoped is not None and unscoped is not None
    query = _query(op for op in (scoped, unscoped) if op is not None)
    if query:
        out["query"] = {p.name: _param(p, required=p.required and not both) for p in query}
    if call.body is not None and main.body is not None:
        item = re.fullmatch(r"list\[(\w+)\]|(\w+)", main.body.type)
        name = (item.group(1) or item.group(2)) if item else None
        schema = schemas.get(name) if name else None
        if schema is not None:
            out["body"] = {f.name: _field(f) for f in schema.fields}
    return out


def _query(operations: Iterable[Operation]) -> list[Param]:
    seen: dict[str, Param] = {}
    for op in operations:
        for param in op.params:
            if param.location == "query" and param.name not in seen:
                seen[param.name] = param
    return [seen[name] for name in sorted(seen)]


def plain_type(text: str) -> str:
    """A documented type with every schema name written as `object`."""
    return _NAME.sub(lambda m: m.group(0) if m.group(0) in _SCALARS else "object", text)


def _param(param: Param, *, required: bool) -> Any:
    out: dict[str, Any] = {"type": plain_type(param.type)}
    if required:
        out["required"] = True
    if param.enum:
        out["enum"] = list(param.enum)
    return out if len(out) > 1 else out["type"]


def _field(field: SchemaField) -> Any:
    out: dict[str, Any] = {"type": plain_type(field.type)}
    if field.read_only:
        out["read_only"] = True
    if field.nullable:
        out["nullable"] = True
    if field.enum:
        out["enum"] = list(field.enum)
    return out if len(out) > 1 else out["type"]
