"""Lookups over the route table: routes by class name with the requests their verbs answer
(`operations`, see `route_operations`), a route's children, its model's fields, and the imported
operations' collections (`nodes`, see `node_schema`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .node_schema import NodeSchema, NodeTable
from .route_operations import RouteOperation, route_operations
from .route_types import ModelField, Route, VerbForm, model_name

__all__ = ["Link", "Schema", "default_schema", "plural_forms"]


class Schema:
    """The resources one store serves, indexed for the server (built once, then read-only).
    `nodes` is the imported operations with their collections and bindings (by default none),
    `verb_forms` says what the old client's verbs send (by default: the package's); both as
    `routes.json` holds them."""

    def __init__(
        self,
        routes: Iterable[Route],
        models: Mapping[str, tuple[ModelField, ...]],
        nodes: NodeTable | None = None,
        verb_forms: Mapping[str, tuple[VerbForm, ...]] | None = None,
    ) -> None:
        if verb_forms is None:
            from .routes import route_table

            verb_forms = route_table().verb_forms
        self.routes: dict[str, Route] = {r.class_name: r for r in routes}
        #: Every request the old client's resources answer, route by route.
        self.operations: tuple[RouteOperation, ...] = tuple(
            op for route in self.routes.values() for op in route_operations(route, verb_forms)
        )
        self.models: dict[str, tuple[ModelField, ...]] = dict(models)
        self.nodes: NodeSchema = NodeSchema(nodes or NodeTable(), self.models)
        self._fields = {name: {f.wire: f for f in fields} for name, fields in self.models.items()}
        children: dict[str, list[Route]] = {name: [] for name in self.routes}
        for route in self.routes.values():
            if route.model not in self.models:
                raise ValueError(f"route {route.class_name}: unknown model {route.model!r}")
            if route.parent is not None:
                if route.parent not in self.routes:
                    raise ValueError(f"route {route.class_name}: unknown parent {route.parent!r}")
                children[route.parent].append(route)
        self.children: dict[str, tuple[Route, ...]] = {k: tuple(v) for k, v in children.items()}
        self._collections = {
            r.path.rsplit("/", 1)[-1]: r for r in self.routes.values() if r.parent is None
        }
        self.links: dict[str, dict[str, Link]] = {
            name: self._links(route) for name, route in self.routes.items()
        }

    def route(self, class_name: str) -> Route:
        """The route of a resource class, with an error that lists the known ones."""
        try:
            return self.routes[class_name]
        except KeyError:
            known = ", ".join(sorted(self.routes))
            raise KeyError(f"no resource {class_name!r}; the store serves: {known}") from None

    def fields(self, route: Route) -> tuple[ModelField, ...]:
        return self.models[route.model]

    def field_map(self, model: str) -> dict[str, ModelField]:
        """A model's fields by wire name."""
        return self._fields[model]

    def top_level(self) -> list[Route]:
        return [r for r in self.routes.values() if r.parent is None]

    def descendants(self, class_name: str) -> list[Route]:
        """Every route below `class_name`, children before grandchildren."""
        out: list[Route] = []
        queue = list(self.children[class_name])
        while queue:
            route = queue.pop(0)
            out.append(route)
            queue.extend(self.children[route.class_name])
        return out

    def is_link_model(self, name: str) -> bool:
        """A model shaped like BigCommerce's resource links: `{url, resource}`."""
        return {"url", "resource"} <= set(self._fields.get(name, {}))

    def collection(self, name: str) -> Route | None:
        """The top-level route a field name refers to (`brand_id`, `brand` and `brands` all
        name `brands`), or None."""
        stem = name[: -len("_id")] if name.endswith("_id") else name
        for key in plural_forms(stem):
            route = self._collections.get(key)
            if route is not None:
                return route
        return None

    def _links(self, route: Route) -> dict[str, Link]:
        """Where each link-shaped field of `route`'s model points (see `Link`)."""
        by_path = {child.path: child for child in self.children[route.class_name]}
        fields = self._fields[route.model]
        out: dict[str, Link] = {}
        for field in self.models[route.model]:
            target = model_name(field.type)
            if target is None or not self.is_link_model(target):
                continue
            child = by_path.get(field.wire)
            other = self.collection(field.wire)
            id_field = f"{field.wire}_id"
            if child is not None:
                out[field.wire] = Link(child.path, child=child.class_name)
            elif other is not None and id_field in fields:
                out[field.wire] = Link(other.path, id_field)
            else:
                out[field.wire] = Link(field.wire)
        return out


@dataclass(frozen=True)
class Link:
    """A `{url, resource}` field: below the object (`/products/1/images`, with `child` naming the
    subresource when there is one) or, with `id_field`, an object of another collection (`brand`
    -> `/brands/{brand_id}`)."""

    path: str
    id_field: str | None = None
    child: str | None = None  # the subresource's class name, when the link is to one

    def resource(self, own_path: str, obj: Mapping[str, Any]) -> str:
        if self.id_field is not None:
            return f"/{self.path}/{obj.get(self.id_field)}"
        return f"{own_path}/{self.path}"


def plural_forms(stem: str) -> list[str]:
    """The names a collection of `stem`s may have: `brand` -> brand, brands, brandes."""
    forms = [stem, stem + "s", stem + "es"]
    if stem.endswith("y"):
        forms.append(stem[:-1] + "ies")
    return forms


@cache
def default_schema() -> Schema:
    """The schema of every resource and imported operation in the package's specs (built once:
    stores share it, as it is read-only)."""
    from .routes import MODELS, NODES, ROUTES, VERB_FORMS

    return Schema(ROUTES, MODELS, NODES, VERB_FORMS)
