"""Imported operations sorted by what they do to the store's data, decided from paths and shapes.

Paths are templates relative to a version root, compared with their parameters blanked
(`catalog/products/{}/images`). A template is a *collection* when it is listed (a GET answering a
list of objects), when a parameter follows it (`catalog/products` in `catalog/products/{id}`), or
when lists of objects are written to it. A collection's *scope* is the values of its parameters:
the images of product 5 are scoped `("5",)`; its *parent* is the collection the last parameter
picks from (`catalog/products`). A template without parameters whose blanked form is a
collection's with the parameters left out (`catalog/products/metafields`) is an *alias*: the same
objects across every parent. Any other template read or written as one object is a *singleton*
(`settings/store/profile`), one per scope; named POST actions, streams and answers that are not
objects (`int`, `list[int]`) are answered by making a value of the result's type.

Each `Binding` is one served path of an operation, with its `kind` (`LIST`, `READ`, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .route_types import ModelField, NodeRoute, list_item, model_name

__all__ = [
    "ACTION",
    "COUNT",
    "CREATE",
    "CREATE_MANY",
    "DELETE",
    "DELETE_MANY",
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

_PARAM = re.compile(r"\{[^}]*\}")
_CREATING = frozenset({"create", "create_many", "upsert"})
_INSERTING = frozenset({CREATE, CREATE_MANY, UPDATE_MANY, UPSERT})
_LIST_VERBS = frozenset({*_CREATING, "update_many", "delete_many"})
_SINGLE_BY_ID = {READ: SINGLE_GET, UPDATE: SINGLE_SET, DELETE: SINGLE_RESET}


def blank(template: str) -> str:
    """A template with its parameters' names left out: `a/{id}/b` -> `a/{}/b`."""
    return _PARAM.sub("{}", template)


def _segments(template: str) -> list[str]:
    return [s for s in template.split("/") if s]


def _without_params(template: str) -> str:
    return "/".join(s for s in _segments(blank(template)) if s != "{}")


def _params_in(template: str) -> int:
    return sum(1 for s in _segments(blank(template)) if s == "{}")


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
    index of that parameter."""

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


class NodeSchema:
    """Every binding of every imported operation, and the collections they share."""

    def __init__(
        self, routes: Iterable[NodeRoute], models: Mapping[str, tuple[ModelField, ...]]
    ) -> None:
        self.models = models
        self.routes = tuple(routes)
        self._field_maps: dict[str, dict[str, ModelField]] = {}
        self._children: dict[str, list[Collection]] | None = None
        paths = [(r, p) for r in self.routes for p in (r.path, r.unscoped_path) if p is not None]
        templates: set[tuple[str, str]] = set()
        item_params: dict[tuple[str, str], tuple[str, str]] = {}
        for route, path in paths:
            templates.add((route.version, blank(path)))
            for prefix, name in _prefixes(path):
                templates.add((route.version, prefix))
                typed = (name, dict(route.params).get(name, "str"))
                if item_params.get((route.version, prefix), ("", ""))[1] != "int":
                    item_params[(route.version, prefix)] = typed  # `int` wins: digits fit both
        listed = self._listed(paths)
        self.aliases: dict[tuple[str, str], str] = self._aliases(templates, listed)
        canonical = {(v, self._canonical(v, t)) for v, t in listed}
        by_template: dict[tuple[str, str], list[tuple[NodeRoute, str]]] = {}
        for route, path in paths:
            key = (route.version, self._canonical(route.version, blank(path)))
            by_template.setdefault(key, []).append((route, path))
        self.collections: dict[str, Collection] = {}
        for version, template in sorted(canonical):
            mine = by_template.get((version, template), [])
            mine += by_template.get((version, f"{template}/{{}}"), [])
            item_param = item_params.get((version, template))
            self.collections[f"{version} {template}"] = self._collection(
                version, template, mine, item_param, canonical
            )
        kinds = [(r, p, self._kind(r, blank(p), blank(p).endswith("/{}"))) for r, p in paths]
        self._mark_creatable(kinds)
        kinds = self._settings_by_id(kinds)
        self.bindings: tuple[Binding, ...] = tuple(self._binding(r, p, k) for r, p, k in kinds)

    # Lookups.

    def collection(self, version: str, template: str) -> Collection | None:
        """The collection a template names, itself or through an alias (any parameter names)."""
        canonical = self._canonical(version, blank(template))
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

    # Building.

    def _listed(self, paths: list[tuple[NodeRoute, str]]) -> set[tuple[str, str]]:
        """Templates that are collections (before aliases are folded into their targets)."""
        out: set[tuple[str, str]] = set()
        for route, path in paths:
            template = blank(path)
            out.update((route.version, prefix) for prefix, _name in _prefixes(path))
            listing = route.result == "list" and _model_item(route.result_type) is not None
            writing = route.body == "list" and route.verb in _LIST_VERBS
            if (route.method == "GET" and listing) or writing:
                out.add((route.version, template))
        return out

    def _aliases(
        self, templates: set[tuple[str, str]], listed: set[tuple[str, str]]
    ) -> dict[tuple[str, str], str]:
        """Template -> the collection it shows across parents (`a/c` -> `a/{}/c`)."""
        by_plain: dict[tuple[str, str], list[str]] = {}
        for version, template in templates:
            if _params_in(template):
                by_plain.setdefault((version, _without_params(template)), []).append(template)
        out: dict[tuple[str, str], str] = {}
        for version, template in sorted(listed):
            if template.endswith("{}"):
                continue
            fuller = [
                t
                for t in by_plain.get((version, _without_params(template)), [])
                if _params_in(t) > _params_in(template) and not t.endswith("{}")
            ]
            if fuller:
                out[(version, template)] = max(fuller, key=lambda t: (_params_in(t), t))
        return out

    def _canonical(self, version: str, template: str) -> str:
        return self.aliases.get((version, template), template)

    def _collection(
        self,
        version: str,
        template: str,
        mine: list[tuple[NodeRoute, str]],
        item_param: tuple[str, str] | None,
        canonical: set[tuple[str, str]],
    ) -> Collection:
        """A collection from the operations on it and its objects (`mine`)."""
        model = _model_of(mine, template)
        id_field, id_type = self._identity(model, item_param)
        parts = _segments(template)
        parent_index = max((i for i, s in enumerate(parts) if s == "{}"), default=None)
        parent = "/".join(parts[:parent_index]) if parent_index is not None else None
        if parent is not None and (version, parent) not in canonical:
            parent = None
        names = _names(template, mine)
        return Collection(
            version,
            template,
            names,
            parent,
            model,
            id_field,
            id_type,
            False,
            item_param[0] if item_param is not None else None,
        )

    def _identity(
        self, model: str | None, item_param: tuple[str, str] | None
    ) -> tuple[str | None, str]:
        """The field naming a collection's objects, and the type of its values: `int`, `str`
        or `digits` (text the path's `int` parameter can carry)."""
        fields = self.field_map(model)
        digits = item_param is not None and item_param[1] == "int"
        if item_param is not None:
            name = item_param[0]
            candidates = [name, "id", "uuid", name.rsplit("_", 1)[-1]]
        else:
            candidates = ["id", "uuid"]
        for name in candidates:
            if name in fields and fields[name].type in ("int", "str", "float"):
                if fields[name].type != "str":
                    return name, "int"
                return name, "digits" if digits else "str"
        if item_param is not None:
            return item_param[0], "int" if digits else "str"
        return None, "int"

    def _mark_creatable(self, kinds: list[tuple[NodeRoute, str, str]]) -> None:
        """Mark `checked` the collections whose objects the API can create."""
        for route, path, kind in kinds:
            collection = self.collection(route.version, path)
            if kind in _INSERTING and collection is not None and not collection.checked:
                self.collections[collection.key] = replace(collection, checked=True)

    def _settings_by_id(
        self, kinds: list[tuple[NodeRoute, str, str]]
    ) -> list[tuple[NodeRoute, str, str]]:
        """Objects read or written by id in a collection that can be neither listed nor added
        to (`orders/settings/channels/{channel_id}`, `themes/jobs/{job_id}`) are singletons, one
        per id: whatever id a client names, there is something to read."""
        listed: set[str] = set()
        for route, path, kind in kinds:
            collection = self.collection(route.version, path)
            if kind == LIST and collection is not None:
                listed.add(collection.key)
        out: list[tuple[NodeRoute, str, str]] = []
        for route, path, kind in kinds:
            template = blank(path)
            if kind in _SINGLE_BY_ID and template.endswith("/{}"):
                collection = self.collection(route.version, template[: -len("/{}")])
                if collection is None or (not collection.checked and collection.key not in listed):
                    kind = _SINGLE_BY_ID[kind]
            out.append((route, path, kind))
        return out

    def _binding(self, route: NodeRoute, path: str, kind: str) -> Binding:
        """The binding of a path of an operation that does `kind`."""
        template = blank(path)
        item = template.endswith("/{}")
        names = tuple(n.strip("{}") for n in re.findall(r"\{[^}]*\}", path))
        types = dict(route.params)
        if kind in (READ, UPDATE, DELETE) and item:
            collection = self.collection(route.version, template[: -len("/{}")])
            scope = len(names) - 1
        elif kind == COUNT:
            collection = self.collection(route.version, template.removesuffix("/count"))
            scope = len(names)
        else:
            collection = self.collection(route.version, template)
            scope = len(names)
        if kind in (SINGLE_GET, SINGLE_SET, SINGLE_RESET, ACTION):
            collection = None
        parents = self._parents(route.version, template, scope)
        return Binding(
            route,
            path,
            kind,
            collection,
            scope,
            parents,
            names,
            tuple(types.get(n, "str") for n in names),
        )

    def _parents(
        self, version: str, template: str, count: int
    ) -> tuple[tuple[Collection, int], ...]:
        """The checked collections the first `count` parameters of a template pick from, with
        the index of each parameter."""
        parts = _segments(template)
        out: list[tuple[Collection, int]] = []
        index = 0
        for i, segment in enumerate(parts):
            if segment != "{}":
                continue
            if index >= count:
                break
            collection = self.collections.get(f"{version} {'/'.join(parts[:i])}")
            if collection is not None and collection.checked:
                out.append((collection, index))
            index += 1
        return tuple(out)

    def _kind(self, route: NodeRoute, template: str, item: bool) -> str:
        """What an operation does at a path (see the constants above); `item`: the path ends
        with a parameter."""
        is_collection = self.collection(route.version, template) is not None
        method, verb = route.method, route.verb
        if route.result in ("bytes", "lines"):
            return STREAM
        if verb == "count" and template.endswith("/count"):
            return COUNT
        if method == "POST" and route.body == "list" and is_collection:
            return UPSERT if verb == "upsert" else CREATE_MANY
        if method == "POST" and verb not in _CREATING:
            return ACTION
        if method == "GET":
            if route.result == "list":
                return LIST if _model_item(route.result_type) is not None else ACTION
            if model_name(route.result_type or "any") is None:
                return ACTION
            return READ if item or is_collection else SINGLE_GET
        if route.body == "list" or (route.result == "list" and method == "PUT" and not item):
            if method == "DELETE":
                return DELETE_MANY
            if verb == "upsert":
                return UPSERT
            return CREATE_MANY if method == "POST" else UPDATE_MANY
        if method == "DELETE":
            return DELETE if item else DELETE_MANY if is_collection else SINGLE_RESET
        if item:
            return UPDATE if method == "PUT" else ACTION
        if not is_collection:
            return SINGLE_SET
        if method == "POST":
            return CREATE
        return UPSERT if verb == "upsert" else UPDATE


def _model_item(type_text: str | None) -> str | None:
    """The model of `list[Model]`, else None."""
    item = list_item(type_text or "")
    return model_name(item) if item is not None else None


def _result_model(route: NodeRoute) -> str | None:
    if route.result == "list":
        return _model_item(route.result_type)
    return model_name(route.result_type) if route.result_type else None


def _body_model(route: NodeRoute) -> str | None:
    if route.body_type is None:
        return None
    item = list_item(route.body_type)
    return model_name(item if item is not None else route.body_type)


def _model_of(mine: list[tuple[NodeRoute, str]], template: str) -> str | None:
    """The model of a collection's objects: what listing it answers, else reading one, else
    what creating one answers, else what creating one sends, else what listing an object's own
    collection answers (`pricelists/{id}/records/{variant_id}`)."""
    ranked: list[tuple[int, str]] = []
    for route, path in mine:
        own = blank(path) == template
        result, body = _result_model(route), _body_model(route)
        if route.method == "GET" and route.result == "list" and result:
            ranked.append((0 if own else 4, result))
        elif route.method == "GET" and result and not own:
            ranked.append((1, result))
        elif route.method in ("POST", "PUT") and route.verb in (*_CREATING, "update_many"):
            if result:
                ranked.append((2, result))
            if body:
                ranked.append((3, body))
    return min(ranked)[1] if ranked else None


def _prefixes(path: str) -> list[tuple[str, str]]:
    """(blanked template before a parameter, that parameter's name) for each parameter of a
    path but a leading one: `a/{x}/b/{y}` -> `("a", "x")`, `("a/{}/b", "y")`."""
    parts = _segments(path)
    return [
        (blank("/".join(parts[:i])), part.strip("{}"))
        for i, part in enumerate(parts)
        if part.startswith("{") and i
    ]


def _names(template: str, mine: list[tuple[NodeRoute, str]]) -> tuple[str, ...]:
    """The scope parameters' names, from a path of the collection that spells them all."""
    count = _params_in(template)
    for _route, path in mine:
        names = [n.strip("{}") for n in re.findall(r"\{[^}]*\}", path)]
        if len(names) >= count and blank(path).startswith(template):
            return tuple(names[:count])
    return tuple(f"param{i}" for i in range(count))
