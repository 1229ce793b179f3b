"""The resource tree and schemas -> spec files (YAML text), deterministically.

One file per version and top-level attribute (`spec/imported/v3/catalog.yaml` holds every node
under `client.catalog`) with the models only its nodes use; models used from several files go to
`spec/imported/v3/shared.yaml`. Model keys that a hand-written spec already uses get the
version as a prefix (`V3Product`), so the two modules never clash; the generated class keeps the
public name (`Product`, see `codegen/build_areas.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import yaml

from ..bodies import body_verb
from ..naming import (
    body_public_candidates,
    body_typeddict_name,
    document_version,
    last_resort_name,
    model_module,
    model_type_names,
    numbered_name,
    versioned_model_name,
)
from ..type_grammar import model_names, parse_type
from .group import Node, Verb, path_params
from .model import ApiDescription, Operation, Param, Schema, SchemaField
from .names_lock import NamesLock, body_key

HEADER = (
    "# Written by `python -m codegen import-openapi`; do not edit: amend spec/overrides.yaml.\n"
)
_METHODS = {"GET", "POST", "PUT", "DELETE"}
#: The document whose unreferenced `store_*` schemas describe webhook payloads.
WEBHOOKS = "webhooks.v3.yml#"


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order given, long strings unwrapped."""


_Dumper.add_representer(
    dict, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data.items())
)


def dump(data: dict[str, Any]) -> str:
    return HEADER + yaml.dump(data, Dumper=_Dumper, sort_keys=False, width=1000, allow_unicode=True)


def spec_files(
    api: ApiDescription,
    roots: dict[str, Node],
    reserved: frozenset[str],
    public: dict[str, tuple[str, str]] | None = None,
    bodies: dict[str, str] | None = None,
) -> dict[str, str]:
    """Relative path under spec/ -> YAML text, for every imported version. `public`: model key
    -> (version, public name), for each file's `exports`; `bodies`: the names of request bodies
    that are not their models' (`body_names`)."""
    rename = _renames(api.schemas, reserved)
    schemas = {rename.get(s.name, s.name): s for s in api.schemas}
    public_names = {rename.get(k, k): pub for k, (_, pub) in (public or {}).items()}
    typed = _body_exports(api, rename, public or {}, bodies or {})
    out: dict[str, str] = {}
    written: set[str] = set()
    batch_items = {
        name
        for op in api.operations
        if op.method in ("PUT", "DELETE") and op.body is not None
        for name in re.findall(r"^list\[(\w+)\]$", _type(op.body.type, rename) or "")
    }
    for version, root in sorted(roots.items()):
        groups: dict[str, dict[str, Any]] = {}
        for chain, node in _walk(root):
            group = chain[0] if chain else "root"
            nodes = groups.setdefault(group, {})
            key = ".".join(chain if version == "v3" else (version, *chain))
            nodes[key] = {"operations": _operations(node, rename)}
        used = {g: _closure(_refs(nodes), schemas, rename) for g, nodes in groups.items()}
        owners: dict[str, list[str]] = {}
        for group, names in used.items():
            for name in names:
                owners.setdefault(name, []).append(group)
        for group, nodes in sorted(groups.items()):
            own = sorted(n for n in used[group] if owners[n] == [group])
            models = _models(own, schemas, rename, batch_items)
            exports = _exports(used[group], public_names, typed)
            out[f"imported/{version}/{group}.yaml"] = dump(
                {"api": version, "nodes": nodes, "models": models, "exports": exports}
            )
        shared = sorted(n for n, gs in owners.items() if len(gs) > 1)
        if shared:
            out[f"imported/{version}/shared.yaml"] = dump(
                {"api": version, "models": _models(shared, schemas, rename, batch_items),
                 "exports": _exports(set(shared), public_names, typed)}
            )  # fmt: skip
        written |= set(owners)
    payloads = _webhook_payloads(schemas, written, rename)
    if payloads:
        out["imported/v3/webhook_payloads.yaml"] = dump(
            {"api": "v3", "models": _models(payloads, schemas, rename, batch_items),
             "exports": _exports(set(payloads), public_names, typed)}
        )  # fmt: skip
    return out


#: Model key -> {public name: the request TypedDict it stands for}
BodyExports = dict[str, dict[str, str]]


def _body_uses(
    api: ApiDescription, rename: dict[str, str]
) -> tuple[set[str], dict[str, list[str]]]:
    """The models some call answers, and model key -> the verbs of the bodies it types (a list
    body: its items), POST's first."""
    results: set[str] = set()
    for op in api.operations:
        for response in op.responses:
            for text in (response.type, response.data_type):
                results.update(model_names(parse_type(_type(text, rename) or "any")))
    uses: dict[str, list[str]] = {}
    for op in sorted(api.operations, key=lambda o: (o.method != "POST", o.version, o.path)):
        if op.body is None:
            continue
        model = _body_model(_type(op.body.type, rename))
        if model is not None:
            verbs = uses.setdefault(model, [])
            if body_verb(op.method) not in verbs:
                verbs.append(body_verb(op.method))
    return results, uses


def _body_model(text: str | None) -> str | None:
    """The model a body is (`Product`), or holds a list of (`list[Product]`)."""
    match = re.fullmatch(r"(?:list\[)?(\w+)\]?", text or "")
    return match.group(1) if match else None


def body_names(
    api: ApiDescription,
    roots: dict[str, Node],
    public: dict[str, tuple[str, str]],
    lock: NamesLock,
) -> dict[str, str]:
    """The public names of the request bodies whose model's public name stands for something
    else (the model, or its body of the other verb), by `names_lock.body_key`: the locked name,
    else the first free of `naming.body_public_candidates` in the version (then `Alt`...).
    Only the bodies of the tree's calls count, and only a writable model's (one with a field a
    request may send: the generator types no other body with a TypedDict)."""
    results, uses = _body_uses(api, {})
    called = {
        (model, body_verb(op.method))
        for root in roots.values()
        for _, node in _walk(root)
        for verb in node.verbs.values()
        for op in (verb.operation,)
        if op.body is not None and (model := _body_model(op.body.type)) is not None
    }
    writable = {s.name for s in api.schemas if any(not f.read_only for f in s.fields)}
    taken: dict[str, set[str]] = {}
    for version, public_name in public.values():
        taken.setdefault(version, set()).add(public_name)
    for version in ("v2", "v3"):
        taken.setdefault(version, set()).update(lock.names(version))
    out: dict[str, str] = {}
    for key, verbs in sorted(uses.items()):
        if key not in public or key not in writable:
            continue
        version, model = public[key]
        named_body = None if key in results else verbs[0]
        for verb in verbs:
            if verb == named_body or (key, verb) not in called:
                continue
            name = lock.body(version, model, verb)
            if name is None:
                tries = body_public_candidates(model, verb, named_body)
                free = [t for t in tries if t not in taken[version]]
                name = free[0] if free else last_resort_name(tries[0], taken[version])
                taken[version].add(name)
            out[body_key(version, model, verb)] = name
    return out


def _body_exports(
    api: ApiDescription,
    rename: dict[str, str],
    public: dict[str, tuple[str, str]],
    bodies: dict[str, str],
) -> BodyExports:
    """Model key -> the public names of its request TypedDicts: a model only ever sent
    (`ProductCreate`) lends its public name to the TypedDict of its first body (POST's before
    PUT's); its other body, and an answered model's bodies, take their names from `bodies`."""
    results, uses = _body_uses(api, rename)
    out: BodyExports = {}
    for key, verbs in sorted(uses.items()):
        mine = out.setdefault(key, {})
        if key not in results:
            mine[key] = body_typeddict_name(key, verbs[0])  # the model's public name: see _exports
        original = next((k for k in public if rename.get(k, k) == key), None)
        if original is None:
            continue
        version, model = public[original]
        for verb in verbs:
            name = bodies.get(body_key(version, model, verb))
            if name is not None:
                mine[name] = body_typeddict_name(key, verb)
    return out


def _exports(used: set[str], names: dict[str, str], typed: BodyExports) -> dict[str, str]:
    """Public name -> what it stands for (a model, or a body's TypedDict), for a file's area."""
    out: dict[str, str] = {}
    for key in used:
        if key not in names:
            continue
        out[names[key]] = key
        for name, target in typed.get(key, {}).items():
            out[names[key] if name == key else name] = target
    return dict(sorted(out.items()))


def _webhook_payloads(
    schemas: dict[str, Schema], written: set[str], rename: dict[str, str]
) -> list[str]:
    """The payloads BigCommerce posts to webhooks (`store_*` schemas that no operation uses),
    and the models they need, so that `bigcommerce.models.StoreCartCreated` parses a callback."""
    roots = {
        name
        for name, schema in schemas.items()
        if schema.source.startswith(WEBHOOKS) and name.startswith("Store")
    }
    return sorted(_closure(roots, schemas, rename) - written)


def _renames(schemas: Iterable[Schema], reserved: frozenset[str]) -> dict[str, str]:
    """Names that would clash: with a hand-written model (`V3` prefix), or with another model
    whose module name would be the same (`MetafieldPut` / `Metafield_Put`: a number is added)."""
    rename: dict[str, str] = {}
    modules = {model_module(name) for name in reserved}
    taken = {t for name in reserved for t in model_type_names(name)}
    for schema in sorted(schemas, key=lambda s: s.name):
        name = schema.name
        if name in reserved:
            name = versioned_model_name(document_version(schema.source), name)
        base, n = name, 1
        while model_module(name) in modules or name in taken:
            n += 1
            name = numbered_name(base, n)
        modules.add(model_module(name))
        taken |= model_type_names(name)  # its class and its request TypedDicts
        if name != schema.name:
            rename[schema.name] = name
    return rename


def _walk(node: Node, chain: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Node]]:
    if node.verbs:
        yield chain, node
    for name, child in sorted(node.children.items()):
        yield from _walk(child, (*chain, name))


def _type(text: str | None, rename: dict[str, str]) -> str | None:
    if text is None:
        return None
    return re.sub(r"[A-Za-z_][A-Za-z0-9_]*", lambda m: rename.get(m.group(0), m.group(0)), text)


def _operations(node: Node, rename: dict[str, str]) -> dict[str, Any]:
    return {name: _operation(verb, rename) for name, verb in sorted(node.verbs.items())}


def _operation(verb: Verb, rename: dict[str, str]) -> dict[str, Any]:
    op = verb.operation
    out: dict[str, Any] = {
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path.strip("/"),
    }
    if verb.unscoped is not None:
        out["unscoped_path"] = verb.unscoped.path.strip("/")
        out["unscoped_operation_id"] = verb.unscoped.operation_id
    by_name = {p.name: p for p in op.params}
    params = {
        name: _param(replace(by_name[name], required=False), rename)
        for name in path_params(op.path)
        if name in by_name
    }
    if params:
        out["params"] = params
    query = {p.name: _param(p, rename, limits=True) for p in _query(op, verb.unscoped)}
    if query:
        out["query"] = query
    headers = {p.name: _param(p, rename) for p in op.params if p.location == "header"}
    if headers:
        out["headers"] = dict(sorted(headers.items()))
    if op.body is not None:
        body: dict[str, Any] = {"type": _type(op.body.type, rename)}
        if op.body.content_type == "multipart/form-data":
            body["content_type"] = "multipart"
        if op.body.max_items is not None:
            body["batch_limit"] = op.body.max_items
        out["body"] = body
    out["result"] = _result(op, rename)
    if op.deprecated:
        out["deprecated"] = True
    if op.filter_required:
        out["filter_required"] = True
    if op.server != "api":
        out["server"] = op.server
    return out


def _query(op: Operation, unscoped: Operation | None) -> list[Param]:
    """Query parameters of the operation (and of its unscoped twin), by wire name."""
    seen: dict[str, Param] = {}
    for source in (op, unscoped):
        for param in source.params if source is not None else ():
            if param.location == "query" and param.name not in seen:
                required = param.required and unscoped is None
                seen[param.name] = replace(param, required=required)
    return [seen[name] for name in sorted(seen)]


def _param(param: Param, rename: dict[str, str], limits: bool = False) -> Any:
    """A parameter's spec entry; `limits`: with its bounds, default and deprecation (query
    parameters, whose docs state them)."""
    out: dict[str, Any] = {"type": _type(param.type, rename)}
    if param.required:
        out["required"] = True
    if param.enum:
        out["enum"] = list(param.enum)
    if limits:
        out.update(param.limits.entries())
    return out if len(out) > 1 else out["type"]


def _result(op: Operation, rename: dict[str, str]) -> dict[str, Any]:
    statuses = {r.status for r in op.responses}
    main = next((r for r in op.responses if r.type is not None), None)
    out: dict[str, Any] = {}
    if main is not None:
        out["type"] = _type(main.data_type or main.type, rename)
        if main.data_type is not None:
            out["envelope"] = True
        if main.pagination != "none":
            out["pagination"] = main.pagination
        content = main.content_type or ""
        if "csv" in content or "octet-stream" in content:
            out["format"] = "bytes"
        elif "event-stream" in content:
            out["format"] = "lines"
    if 207 in statuses:
        out["partial"] = True
    return out


def _refs(nodes: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for node in nodes.values():
        for op in node["operations"].values():
            types = [op.get("result", {}).get("type"), (op.get("body") or {}).get("type")]
            types += [
                _param_type(p)
                for p in (*op.get("params", {}).values(), *op.get("query", {}).values())
            ]
            for text in types:
                if text:
                    names.update(model_names(parse_type(text)))
    return names


def _param_type(param: Any) -> str:
    return param["type"] if isinstance(param, dict) else str(param)


def _closure(names: set[str], schemas: dict[str, Schema], rename: dict[str, str]) -> set[str]:
    todo, seen = sorted(names), set()
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        for field in schemas[name].fields:
            todo.extend(model_names(parse_type(_type(field.type, rename) or "any")))
    return seen


def _models(
    names: list[str], schemas: dict[str, Schema], rename: dict[str, str], batch_items: set[str]
) -> dict[str, Any]:
    return {
        name: {"fields": _fields(schemas[name].fields, rename, name in batch_items)}
        for name in names
    }


def _fields(
    fields: Iterable[SchemaField], rename: dict[str, str], batch_item: bool
) -> dict[str, Any]:
    """Fields as spec entries. In the items of a batch update an `id` says which object to
    change, so it is sent even where the documents mark it read-only (and required where they
    require it); any other read-only field is never sent, so never required."""
    out: dict[str, Any] = {}
    for field in fields:
        spec: dict[str, Any] = {"type": _type(field.type, rename)}
        read_only = field.read_only and not (batch_item and field.name == "id")
        if read_only:
            spec["read_only"] = True
        if field.required and not read_only:
            spec["required"] = list(field.required)
        if field.nullable:
            spec["nullable"] = True
        if field.enum:
            spec["enum"] = list(field.enum)
        spec.update(field.limits.entries())
        out[field.name] = spec if len(spec) > 1 else spec["type"]
    return out
