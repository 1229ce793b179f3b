"""The fake store's route table, read from `routes.json` (generated from the specs beside this
file) once per process: what each verb of the old client's resources sends, every resource of the
specs with its verbs and filters, every imported operation with what the store does with it (its
collections and bindings, see `node_schema`), and the fields of every model, so
`bigcommerce.testing` serves them without reading spec/ or working anything out.

`VERB_FORMS`, `MODELS`, `ROUTES`, `NODE_ROUTES` and `NODES` are the table; `parse_route_table`
reads one from JSON text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .node_schema import KINDS, Binding, Collection, NodeTable, path_params
from .route_types import ModelField, NodeRoute, Route, RouteFilter, VerbForm

__all__ = [
    "MODELS",
    "NODES",
    "NODE_ROUTES",
    "ROUTES",
    "VERB_FORMS",
    "RouteTable",
    "parse_route_table",
    "route_table",
]

ROUTE_FILE = "routes.json"


@dataclass(frozen=True)
class RouteTable:
    models: dict[str, tuple[ModelField, ...]]  # model name -> its fields, in spec order
    routes: tuple[Route, ...]  # every resource, by class name
    node_routes: tuple[NodeRoute, ...]  # every imported operation, by version, node and verb
    verb_forms: dict[str, tuple[VerbForm, ...]]  # shape of resource -> what its verbs send
    nodes: NodeTable  # the imported operations' collections and bindings


@cache
def route_table() -> RouteTable:
    """The package's route table (read and checked once; stores share it, as it is read-only)."""
    text = resources.files(__package__).joinpath(ROUTE_FILE).read_text(encoding="utf-8")
    return parse_route_table(text, ROUTE_FILE)


def parse_route_table(text: str, source: str = ROUTE_FILE) -> RouteTable:
    """A route table from its JSON; a malformed one is a ValueError naming `source`."""
    try:
        data = _mapping(json.loads(text))
        node_routes = tuple(_node_route(r) for r in _items(data.get("node_routes", [])))
        return RouteTable(
            models={
                name: tuple(_model_field(f) for f in _items(fields))
                for name, fields in _mapping(data.get("models", {})).items()
            },
            routes=tuple(_route(r) for r in _items(data.get("routes", []))),
            node_routes=node_routes,
            verb_forms={
                shape: tuple(VerbForm(**_mapping(f)) for f in _items(forms))
                for shape, forms in _mapping(data.get("verb_forms", {})).items()
            },
            nodes=_node_table(
                node_routes,
                _items(data.get("node_collections", [])),
                _items(data.get("node_bindings", [])),
            ),
        )
    except KeyError as exc:
        raise ValueError(f"{source} is not a valid route table: missing {exc}") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{source} is not a valid route table: {exc}") from None


# The readers below change the dicts json.loads just made (no one else holds them): the lists a
# dataclass keeps become tuples (hashable, read-only), then the dict is its keyword arguments.


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def _items(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _tuples(fields: dict[str, Any], *keys: str) -> dict[str, Any]:
    for key in keys:
        if key in fields:
            fields[key] = tuple(_items(fields[key]))
    return fields


def _model_field(value: Any) -> ModelField:
    return ModelField(**_tuples(_mapping(value), "required", "enum"))


def _filters(value: Any) -> tuple[RouteFilter, ...]:
    return tuple(RouteFilter(**_tuples(_mapping(f), "enum")) for f in _items(value))


def _route(value: Any) -> Route:
    fields = _tuples(_mapping(value), "verbs")
    if "filters" in fields:
        fields["filters"] = _filters(fields["filters"])
    return Route(**fields)


def _node_route(value: Any) -> NodeRoute:
    fields = _mapping(value)
    if "params" in fields:
        fields["params"] = tuple(tuple(_items(p)) for p in _items(fields["params"]))
    if "query" in fields:
        fields["query"] = _filters(fields["query"])
    return NodeRoute(**fields)


# A collection's fields left out of the file when at these values.
_COLLECTION_DEFAULTS: dict[str, Any] = {
    "params": (), "parent": None, "model": None, "id_field": None, "checked": False,
}  # fmt: skip


def _node_table(
    routes: tuple[NodeRoute, ...], collections: list[Any], bindings: list[Any]
) -> NodeTable:
    """The collections (each with its aliases) and the bindings, which name their operation by
    version, node and verb, their collection and parents by template within that version."""
    by_key: dict[str, Collection] = {}
    aliases: dict[tuple[str, str], str] = {}
    for value in collections:
        fields = {**_COLLECTION_DEFAULTS, **_tuples(_mapping(value), "params")}
        for alias in _items(fields.pop("aliases", [])):
            aliases[(fields["version"], _text(alias))] = fields["template"]
        collection = Collection(**fields)
        by_key[collection.key] = collection
    by_route = {(r.version, r.node, r.verb): r for r in routes}
    found = tuple(_binding(b, by_route, by_key) for b in bindings)
    return NodeTable(routes, tuple(by_key.values()), aliases, found)


def _binding(
    value: Any,
    routes: dict[tuple[str, str, str], NodeRoute],
    collections: dict[str, Collection],
) -> Binding:
    fields = _mapping(value)
    route = routes.get((fields["version"], fields["node"], fields["verb"]))
    if route is None:
        raise ValueError(f"a binding names no operation: {fields['version']} {fields['node']}")
    path, kind = fields["path"], fields["kind"]
    if path not in (route.path, route.unscoped_path):
        raise ValueError(f"{route.node}.{route.verb} has no path {path!r}")
    if kind not in KINDS:
        raise ValueError(f"{route.node}.{route.verb}: unknown kind {kind!r}")

    def collection(template: Any) -> Collection:
        found = collections.get(f"{route.version} {_text(template)}")
        if found is None:
            raise ValueError(f"{route.node}.{route.verb}: no collection {template!r}")
        return found

    own = fields.get("collection")
    names, types = path_params(route, path)
    scope = fields.get("scope_params", 0)
    if not isinstance(scope, int) or not 0 <= scope <= len(names):
        raise ValueError(f"{route.node}.{route.verb}: bad scope_params {scope!r}")
    return Binding(
        route,
        path,
        kind,
        collection(own) if own is not None else None,
        scope,
        tuple(
            (collection(t), _index(i, len(names)))
            for t, i in map(_items, _items(fields.get("parents", [])))
        ),
        names,
        types,
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _index(value: Any, count: int) -> int:
    if not isinstance(value, int) or not 0 <= value < count:
        raise ValueError(f"bad parameter index {value!r}")
    return value


MODELS: dict[str, tuple[ModelField, ...]] = route_table().models
ROUTES: tuple[Route, ...] = route_table().routes
NODE_ROUTES: tuple[NodeRoute, ...] = route_table().node_routes
VERB_FORMS: dict[str, tuple[VerbForm, ...]] = route_table().verb_forms
NODES: NodeTable = route_table().nodes
