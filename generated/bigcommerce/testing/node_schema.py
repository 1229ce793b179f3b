# Copied from runtime/testing/node_schema.py by codegen (`make generate`); do not edit.
"""What the store does with each imported operation, read from `routes.json`: codegen decides it
from the operations (`codegen/store_bindings.py`, whose docstring says how) and the store only
looks it up here.

Paths are templates relative to a version root, compared with their parameters blanked
(`catalog/products/{}/images`). A *collection* is the objects under one template; its *scope* is
the values of its parameters (the images of product 5 are scoped `("5",)`) and its *parent* the
collection the last parameter picks from. An *alias* (`catalog/products/metafields`) shows a
collection's objects across every parent. Templates read or written as one object are
*singletons*, one per scope; actions and streams make a value of the result's type.

Each `Binding` is one served path of an operation, with its `kind` (`LIST`, `READ`, ...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .route_types import ModelField, NodeRoute

__all__ = [
    "ACTION",
    "COUNT",
    "CREATE",
    "CREATE_MANY",
    "DELETE",
    "DELETE_MANY",
    "KINDS",
    "LIST",
    "READ",
    "SINGLE_GET",
    "SINGLE_RESET",
    "SINGLE_SET",
    "STREAM",
    "UPDATE",
    "UPDATE_MANY",
    "UPSERT",
    "Binding",
    "Collection",
    "NodeSchema",
    "NodeTable",
    "blank",
]

LIST = "list"  # GET a page of a collection (of one scope, or across parents through an alias)
READ = "read"  # GET one object by id; on a collection's own path, its first object
CREATE = "create"  # POST one object to a collection
CREATE_MANY = "create_many"  # POST a list of objects
UPDATE = "update"  # PUT changes to one object by id; on a collection's own path, its first one
UPDATE_MANY = "update_many"  # PUT a list of changes, each naming its object (or new objects)
UPSERT = "upsert"  # PUT objects: those naming an existing one change it, the others are added
DELETE = "delete"  # DELETE one object by id, and everything below it
DELETE_MANY = "delete_many"  # DELETE the objects a filter, a list of ids or the scope picks
SINGLE_GET = "single_get"  # GET a singleton (settings)
SINGLE_SET = "single_set"  # PUT or POST fields of a singleton
SINGLE_RESET = "single_reset"  # DELETE a singleton: back to its defaults
COUNT = "count"  # GET `{collection}/count`
STREAM = "stream"  # a CSV file or an event stream
ACTION = "action"  # anything else: an answer of the result's type, echoing the body

#: Every kind a binding may have.
KINDS = frozenset(
    {LIST, READ, CREATE, CREATE_MANY, UPDATE, UPDATE_MANY, UPSERT, DELETE, DELETE_MANY}
    | {SINGLE_GET, SINGLE_SET, SINGLE_RESET, COUNT, STREAM, ACTION}
)

_PARAM = re.compile(r"\{[^}]*\}")


def blank(template: str) -> str:
    """A template with its parameters' names left out: `a/{id}/b` -> `a/{}/b`."""
    return _PARAM.sub("{}", template)


@dataclass(frozen=True)
class Collection:
    """A set of objects under one template (see the module's docstring).

    `id_field` is the field naming an object (None when nothing names them), `id_type` its type:
    `int` ids are counted per collection, and so are `digits` ones (text, for a model that says
    `str` under a path that says `int`); `str` ids are made-up uuids, unless the body gives one.
    `checked`: the API can create its objects, so naming an unknown one as a parent is a 404.
    A filter on `item_param` (`product_id:in`) filters on `id_field`.
    """

    version: str
    template: str  # blanked: "catalog/products/{}/images"
    params: tuple[str, ...]  # the scope parameters' names
    parent: str | None  # the parent collection's template
    model: str | None
    id_field: str | None
    id_type: str
    checked: bool
    item_param: str | None = None  # the path parameter naming one object: "product_id"

    @property
    def key(self) -> str:
        return f"{self.version} {self.template}"


@dataclass(frozen=True)
class Binding:
    """One served path of an operation: the route, the path template it answers on, and what it
    does there. `collection` is the collection it works on (its own one for an alias path);
    `scope_params` is how many of the path's parameters form the scope (the rest name an object);
    `parents` lists the checked collections whose objects the path's parameters name, with the
    index of that parameter. `param_names` and `param_types` are the path's parameters."""

    route: NodeRoute
    path: str
    kind: str
    collection: Collection | None
    scope_params: int
    parents: tuple[tuple[Collection, int], ...]
    param_names: tuple[str, ...]
    param_types: tuple[str, ...]

    @property
    def template(self) -> str:
        return blank(self.path)


def path_params(route: NodeRoute, path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of a path's parameters and their types (`str` where the route has none)."""
    names = tuple(n.strip("{}") for n in _PARAM.findall(path))
    types = dict(route.params)
    return names, tuple(types.get(n, "str") for n in names)


@dataclass(frozen=True)
class NodeTable:
    """The imported operations as `routes.json` holds them: the operations, their collections by
    key, the aliases (`(version, template)` -> the collection's template) and every binding."""

    routes: tuple[NodeRoute, ...] = ()
    collections: tuple[Collection, ...] = ()
    aliases: Mapping[tuple[str, str], str] = field(default_factory=dict)
    bindings: tuple[Binding, ...] = ()


class NodeSchema:
    """Every binding of every imported operation, and the collections they share, looked up."""

    def __init__(self, table: NodeTable, models: Mapping[str, tuple[ModelField, ...]]) -> None:
        self.models = models
        self.routes: tuple[NodeRoute, ...] = table.routes
        self.aliases: Mapping[tuple[str, str], str] = table.aliases
        self.collections: dict[str, Collection] = {c.key: c for c in table.collections}
        self.bindings: tuple[Binding, ...] = table.bindings
        self._field_maps: dict[str, dict[str, ModelField]] = {}
        self._children: dict[str, list[Collection]] | None = None

    def collection(self, version: str, template: str) -> Collection | None:
        """The collection a template names, itself or through an alias (any parameter names)."""
        blanked = blank(template)
        canonical = self.aliases.get((version, blanked), blanked)
        return self.collections.get(f"{version} {canonical}")

    def fields(self, model: str | None) -> tuple[ModelField, ...]:
        return self.models.get(model or "", ())

    def field_map(self, model: str | None) -> dict[str, ModelField]:
        """A model's fields by wire name (built once per model)."""
        found = self._field_maps.get(model or "")
        if found is None:
            found = self._field_maps[model or ""] = {f.wire: f for f in self.fields(model)}
        return found

    def parent(self, collection: Collection) -> Collection | None:
        if collection.parent is None:
            return None
        return self.collections.get(f"{collection.version} {collection.parent}")

    def children(self, collection: Collection) -> list[Collection]:
        """The collections whose objects belong to an object of `collection`."""
        if self._children is None:
            self._children = {}
            for child in self.collections.values():
                if child.parent is not None:
                    parent_key = f"{child.version} {child.parent}"
                    self._children.setdefault(parent_key, []).append(child)
        return self._children.get(collection.key, [])
