"""The fake store's route table, read from `routes.json` (generated from the specs beside this
file) once per process: what each verb of the old client's resources sends, every resource of the
specs with its verbs and filters, every imported operation, and the fields of every model, so
`bigcommerce.testing` serves them without reading spec/.

`VERB_FORMS`, `MODELS`, `ROUTES` and `NODE_ROUTES` are the table; `parse_route_table` reads one
from JSON text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .route_types import ModelField, NodeRoute, Route, RouteFilter, VerbForm

__all__ = [
    "MODELS",
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


@cache
def route_table() -> RouteTable:
    """The package's route table (read and checked once; stores share it, as it is read-only)."""
    text = resources.files(__package__).joinpath(ROUTE_FILE).read_text(encoding="utf-8")
    return parse_route_table(text, ROUTE_FILE)


def parse_route_table(text: str, source: str = ROUTE_FILE) -> RouteTable:
    """A route table from its JSON; a malformed one is a ValueError naming `source`."""
    try:
        data = _mapping(json.loads(text))
        return RouteTable(
            models={
                name: tuple(_model_field(f) for f in _items(fields))
                for name, fields in _mapping(data.get("models", {})).items()
            },
            routes=tuple(_route(r) for r in _items(data.get("routes", []))),
            node_routes=tuple(_node_route(r) for r in _items(data.get("node_routes", []))),
            verb_forms={
                shape: tuple(VerbForm(**_mapping(f)) for f in _items(forms))
                for shape, forms in _mapping(data.get("verb_forms", {})).items()
            },
        )
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


MODELS: dict[str, tuple[ModelField, ...]] = route_table().models
ROUTES: tuple[Route, ...] = route_table().routes
NODE_ROUTES: tuple[NodeRoute, ...] = route_table().node_routes
VERB_FORMS: dict[str, tuple[VerbForm, ...]] = route_table().verb_forms
