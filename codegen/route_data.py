"""The fake store's route table IR -> `testing/routes.json`, the data `bigcommerce.testing` serves.

Keys are the field names of the runtime's dataclasses (`route_types`: `ModelField`, `RouteFilter`,
`Route`, `NodeRoute`; `node_schema`: `Collection`, and `Binding`, which names its operation by
version, node and verb); a field at its default is left out. One model, route, operation,
collection or binding per line, so a change to the specs shows as a readable diff.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .build_routes import verb_forms
from .ir import NodeRouteIR, PackageIR, RouteFieldIR, RouteFilterIR, RouteIR
from .operation import Operation
from .store_bindings import StoreBinding, StoreCollection, store_table

ABOUT = "Generated from spec/ by codegen (`make generate`); do not edit."


def routes_json(package: PackageIR) -> str:
    """`{"about", "verb_forms", "models", "routes", "node_routes", "node_collections",
    "node_bindings"}`: what the old client's verbs send, by shape of resource
    (`build_routes.verb_forms`), models by name with their fields in spec order, resources by
    class name, imported operations by version, node and verb, and what the store does with them
    (`store_bindings`): their collections by version and template, and every served path of
    every operation."""
    forms = [
        f"{_dump(shape)}: [{_block(_dump(_form(op)) for op in ops)}]"
        for shape, ops in verb_forms().items()
    ]
    models = [
        f"{_dump(m.name)}: {_dump([_field(f) for f in m.fields])}" for m in package.route_models
    ]
    routes = [_dump(_route(r)) for r in package.routes]
    node_routes = [_dump(_node_route(r)) for r in package.node_routes]
    store = store_table(package.node_routes, package.route_models)
    collections = [_dump(_collection(c)) for c in store.collections]
    bindings = [_dump(_binding(b)) for b in store.bindings]
    return (
        f'{{\n"about": {_dump(ABOUT)},\n'
        f'"verb_forms": {{{_block(forms)}}},\n'
        f'"models": {{{_block(models)}}},\n'
        f'"routes": [{_block(routes)}],\n'
        f'"node_routes": [{_block(node_routes)}],\n'
        f'"node_collections": [{_block(collections)}],\n'
        f'"node_bindings": [{_block(bindings)}]\n}}\n'
    )


def _block(lines: Iterable[str]) -> str:
    text = ",\n".join(lines)
    return f"\n{text}\n" if text else ""


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _form(op: Operation) -> dict[str, Any]:
    """One verb of a shape of resource: its request, scoped and (where it has one) across every
    parent, and what it answers (`many`: the route's collection)."""
    out: dict[str, Any] = {"verb": op.name, "method": op.method, "path": op.path}
    if op.unscoped_path is not None:
        out["unscoped_path"] = op.unscoped_path
    out["result"] = op.result
    return out


def _field(f: RouteFieldIR) -> dict[str, Any]:
    out: dict[str, Any] = {"wire": f.wire, "type": f.type}
    if f.write_type:
        out["write_type"] = f.write_type
    if f.read_only:
        out["read_only"] = True
    if f.create_only:
        out["create_only"] = True
    if f.required:
        out["required"] = list(f.required)
    if f.nullable:
        out["nullable"] = True
    if f.enum:
        out["enum"] = list(f.enum)
    return out


def _filter(f: RouteFilterIR, *, query: bool) -> dict[str, Any]:
    """A resource's filter (`range` kept) or an imported operation's query parameter
    (`required` kept)."""
    out: dict[str, Any] = {"name": f.name, "type": f.type}
    if f.range and not query:
        out["range"] = True
    if f.enum:
        out["enum"] = list(f.enum)
    if f.required and query:
        out["required"] = True
    return out


def _route(r: RouteIR) -> dict[str, Any]:
    out: dict[str, Any] = {
        "class_name": r.class_name,
        "api": r.api,
        "path": r.path,
        "model": r.model,
        "verbs": list(r.verbs),
        "pagination": r.pagination,
    }
    if r.filters:
        out["filters"] = [_filter(f, query=False) for f in r.filters]
    if r.parent:
        out.update(parent=r.parent, parent_path=r.parent_path, parent_key=r.parent_key)
    if r.count_path:
        out["count_path"] = r.count_path
    return out


def _node_route(r: NodeRouteIR) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": r.version,
        "node": r.node,
        "verb": r.verb,
        "operation_id": r.operation_id,
        "method": r.method,
        "path": r.path,
    }
    if r.params:
        out["params"] = [list(p) for p in r.params]
    if r.unscoped_path:
        out["unscoped_path"] = r.unscoped_path
    out["result"] = r.result
    if r.result_type:
        out["result_type"] = r.result_type
    if r.envelope:
        out["envelope"] = True
    if r.pagination != "none":
        out["pagination"] = r.pagination
    if r.body_type:
        out.update(body=r.body, body_type=r.body_type)
    if r.multipart:
        out["multipart"] = True
    if r.batch_limit:
        out["batch_limit"] = r.batch_limit
    if r.query:
        out["query"] = [_filter(f, query=True) for f in r.query]
    return out


def _collection(c: StoreCollection) -> dict[str, Any]:
    out: dict[str, Any] = {"version": c.version, "template": c.template}
    if c.params:
        out["params"] = list(c.params)
    if c.parent is not None:
        out["parent"] = c.parent
    if c.model is not None:
        out["model"] = c.model
    if c.id_field is not None:
        out["id_field"] = c.id_field
    out["id_type"] = c.id_type
    if c.checked:
        out["checked"] = True
    if c.item_param is not None:
        out["item_param"] = c.item_param
    if c.aliases:
        out["aliases"] = list(c.aliases)
    return out


def _binding(b: StoreBinding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": b.route.version,
        "node": b.route.node,
        "verb": b.route.verb,
        "path": b.path,
        "kind": b.kind,
    }
    if b.collection is not None:
        out["collection"] = b.collection
    if b.scope_params:
        out["scope_params"] = b.scope_params
    if b.parents:
        out["parents"] = [list(p) for p in b.parents]
    return out
