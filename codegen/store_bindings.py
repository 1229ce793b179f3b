"""What the fake store does with each imported operation, decided once from the operations (their
`NodeRouteIR`s, see `build_routes.node_route_table`) and the models, and written into
`testing/routes.json` (`route_data`) for the store to read.

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

Each `StoreBinding` is one served path of an operation, with its `kind` (see `KINDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .ir import NodeRouteIR, RouteModelIR
from .operation import path_shape
from .type_grammar import parse_type

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

#: Every kind, in the order the store's docs list them.
KINDS = (
    LIST, READ, CREATE, CREATE_MANY, UPDATE, UPDATE_MANY, UPSERT, DELETE, DELETE_MANY,
    SINGLE_GET, SINGLE_SET, SINGLE_RESET, COUNT, STREAM, ACTION,
)  # fmt: skip

_PARAM = re.compile(r"\{[^}]*\}")
_CREATING = frozenset({"create", "create_many", "upsert"})
_INSERTING = frozenset({CREATE, CREATE_MANY, UPDATE_MANY, UPSERT})
_LIST_VERBS = frozenset({*_CREATING, "update_many", "delete_many"})
_SINGLE_BY_ID = {READ: SINGLE_GET, UPDATE: SINGLE_SET, DELETE: SINGLE_RESET}
_NO_COLLECTION = frozenset({SINGLE_GET, SINGLE_SET, SINGLE_RESET, ACTION})

Path = tuple[NodeRouteIR, str]  # an operation and one path it is served on


@dataclass(frozen=True)
class StoreCollection:
    """A set of objects under one (blanked) template of a version.

    `id_field` is the field naming an object (None when nothing names them), `id_type` its type:
    `int`, `str`, or `digits` (text, for a model that says `str` under a path that says `int`).
    `checked`: the API can create its objects, so naming an unknown one as a parent is a 404.
    `item_param` is the path parameter naming one object (`product_id`); `aliases` are the
    templates showing the same objects across every parent."""

    version: str
    template: str
    params: tuple[str, ...]  # the scope parameters' names
    parent: str | None  # the parent collection's template
    model: str | None
    id_field: str | None
    id_type: str
    checked: bool
    item_param: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreBinding:
    """One served path of an operation and what it does there: `collection` is the template of
    the collection it works on (None for singletons and actions), `scope_params` how many of the
    path's parameters form the scope, `parents` the checked collections the path's parameters
    name, with the index of that parameter."""

    route: NodeRouteIR
    path: str
    kind: str
    collection: str | None
    scope_params: int
    parents: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class StoreTable:
    collections: tuple[StoreCollection, ...]  # by version and template
    bindings: tuple[StoreBinding, ...]  # by operation, then its own path before its unscoped one


def store_table(routes: Iterable[NodeRouteIR], models: Iterable[RouteModelIR]) -> StoreTable:
    """The collections the operations share and every binding of every operation."""
    return _Analysis(tuple(routes), {m.name: {f.wire: f.type for f in m.fields} for m in models})()


class _Analysis:
    def __init__(self, routes: tuple[NodeRouteIR, ...], models: dict[str, dict[str, str]]):
        self.models = models
        self.paths: list[Path] = [
            (r, p) for r in routes for p in (r.path, r.unscoped_path) if p is not None
        ]
        self.aliases: dict[tuple[str, str], str] = {}
        self.collections: dict[tuple[str, str], StoreCollection] = {}

    def __call__(self) -> StoreTable:
        templates: set[tuple[str, str]] = set()
        item_params: dict[tuple[str, str], tuple[str, str]] = {}
        for route, path in self.paths:
            templates.add((route.version, path_shape(path)))
            for prefix, name in _prefixes(path):
                templates.add((route.version, prefix))
                typed = (name, dict(route.params).get(name, "str"))
                if item_params.get((route.version, prefix), ("", ""))[1] != "int":
                    item_params[(route.version, prefix)] = typed  # `int` wins: digits fit both
        listed = self._listed()
        self.aliases = _aliases(templates, listed)
        canonical = {(v, self._canonical(v, t)) for v, t in listed}
        by_template: dict[tuple[str, str], list[Path]] = {}
        for route, path in self.paths:
            key = (route.version, self._canonical(route.version, path_shape(path)))
            by_template.setdefault(key, []).append((route, path))
        for version, template in sorted(canonical):
            mine = by_template.get((version, template), [])
            mine += by_template.get((version, f"{template}/{{}}"), [])
            item_param = item_params.get((version, template))
            self.collections[(version, template)] = self._collection(
                version, template, mine, item_param, canonical
            )
        kinds = [
            (r, p, self._kind(r, path_shape(p), path_shape(p).endswith("/{}")))
            for r, p in self.paths
        ]
        self._mark_creatable(kinds)
        kinds = self._settings_by_id(kinds)
        bindings = tuple(self._binding(r, p, k) for r, p, k in kinds)
        aliases: dict[tuple[str, str], list[str]] = {}
        for (version, alias), target in sorted(self.aliases.items()):
            aliases.setdefault((version, target), []).append(alias)
        collections = tuple(
            replace(c, aliases=tuple(aliases.get(key, ()))) for key, c in self.collections.items()
        )
        return StoreTable(collections, bindings)

    def collection(self, version: str, template: str) -> StoreCollection | None:
        """The collection a template names, itself or through an alias."""
        return self.collections.get((version, self._canonical(version, path_shape(template))))

    def _canonical(self, version: str, template: str) -> str:
        return self.aliases.get((version, template), template)

    def _listed(self) -> set[tuple[str, str]]:
        """Templates that are collections (before aliases are folded into their targets)."""
        out: set[tuple[str, str]] = set()
        for route, path in self.paths:
            out.update((route.version, prefix) for prefix, _name in _prefixes(path))
            listing = route.result == "list" and _model_item(route.result_type) is not None
            writing = route.body == "list" and route.verb in _LIST_VERBS
            if (route.method == "GET" and listing) or writing:
                out.add((route.version, path_shape(path)))
        return out

    def _collection(
        self,
        version: str,
        template: str,
        mine: list[Path],
        item_param: tuple[str, str] | None,
        canonical: set[tuple[str, str]],
    ) -> StoreCollection:
        """A collection from the operations on it and its objects (`mine`)."""
        model = _model_of(mine, template)
        id_field, id_type = self._identity(model, item_param)
        parts = _segments(template)
        parent_index = max((i for i, s in enumerate(parts) if s == "{}"), default=None)
        parent = "/".join(parts[:parent_index]) if parent_index is not None else None
        if parent is not None and (version, parent) not in canonical:
            parent = None
        return StoreCollection(
            version,
            template,
            _names(template, mine),
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
        """The field naming a collection's objects, and the type of its values."""
        fields = self.models.get(model or "", {})
        digits = item_param is not None and item_param[1] == "int"
        if item_param is not None:
            name = item_param[0]
            candidates = [name, "id", "uuid", name.rsplit("_", 1)[-1]]
        else:
            candidates = ["id", "uuid"]
        for name in candidates:
            if fields.get(name) in ("int", "str", "float"):
                if fields[name] != "str":
                    return name, "int"
                return name, "digits" if digits else "str"
        if item_param is not None:
            return item_param[0], "int" if digits else "str"
        return None, "int"

    def _mark_creatable(self, kinds: list[tuple[NodeRouteIR, str, str]]) -> None:
        """Mark `checked` the collections whose objects the API can create."""
        for route, path, kind in kinds:
            collection = self.collection(route.version, path)
            if kind in _INSERTING and collection is not None and not collection.checked:
                key = (collection.version, collection.template)
                self.collections[key] = replace(collection, checked=True)

    def _settings_by_id(
        self, kinds: list[tuple[NodeRouteIR, str, str]]
    ) -> list[tuple[NodeRouteIR, str, str]]:
        """Objects read or written by id in a collection that can be neither listed nor added
        to (`orders/settings/channels/{channel_id}`, `themes/jobs/{job_id}`) are singletons, one
        per id: whatever id a client names, there is something to read."""
        listed: set[tuple[str, str]] = set()
        for route, path, kind in kinds:
            collection = self.collection(route.version, path)
            if kind == LIST and collection is not None:
                listed.add((collection.version, collection.template))
        out: list[tuple[NodeRouteIR, str, str]] = []
        for route, path, kind in kinds:
            template = path_shape(path)
            if kind in _SINGLE_BY_ID and template.endswith("/{}"):
                collection = self.collection(route.version, template[: -len("/{}")])
                if collection is None or (
                    not collection.checked
                    and (collection.version, collection.template) not in listed
                ):
                    kind = _SINGLE_BY_ID[kind]
            out.append((route, path, kind))
        return out

    def _binding(self, route: NodeRouteIR, path: str, kind: str) -> StoreBinding:
        """The binding of a path of an operation that does `kind`."""
        template = path_shape(path)
        count = len(_PARAM.findall(path))
        if kind in (READ, UPDATE, DELETE) and template.endswith("/{}"):
            collection = self.collection(route.version, template[: -len("/{}")])
            scope = count - 1
        elif kind == COUNT:
            collection = self.collection(route.version, template.removesuffix("/count"))
            scope = count
        else:
            collection = self.collection(route.version, template)
            scope = count
        if kind in _NO_COLLECTION:
            collection = None
        return StoreBinding(
            route,
            path,
            kind,
            collection.template if collection is not None else None,
            scope,
            self._parents(route.version, template, scope),
        )

    def _parents(self, version: str, template: str, count: int) -> tuple[tuple[str, int], ...]:
        """The checked collections the first `count` parameters of a template pick from, with
        the index of each parameter."""
        parts = _segments(template)
        out: list[tuple[str, int]] = []
        index = 0
        for i, segment in enumerate(parts):
            if segment != "{}":
                continue
            if index >= count:
                break
            collection = self.collections.get((version, "/".join(parts[:i])))
            if collection is not None and collection.checked:
                out.append((collection.template, index))
            index += 1
        return tuple(out)

    def _kind(self, route: NodeRouteIR, template: str, item: bool) -> str:
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
            if _model(route.result_type) is None:
                return ACTION
            return READ if item or is_collection else SINGLE_GET
        if route.body == "list" or (route.result == "list" and method == "PUT" and not item):
            if method == "DELETE":
                return DELETE_MANY
            if not is_collection:  # a batch to a path that lists nothing (PUT /pricelists/records)
                return ACTION
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


def _aliases(
    templates: set[tuple[str, str]], listed: set[tuple[str, str]]
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


def _segments(template: str) -> list[str]:
    return [s for s in template.split("/") if s]


def _without_params(template: str) -> str:
    return "/".join(s for s in _segments(path_shape(template)) if s != "{}")


def _params_in(template: str) -> int:
    return sum(1 for s in _segments(path_shape(template)) if s == "{}")


def _model(type_text: str | None) -> str | None:
    """The model a (canonical) type names directly, else None."""
    expr = parse_type(type_text or "any")
    return expr.name if expr.kind == "model" else None


def _model_item(type_text: str | None) -> str | None:
    """The model of `list[Model]`, else None."""
    expr = parse_type(type_text or "any")
    if expr.kind == "list" and expr.item is not None and expr.item.kind == "model":
        return expr.item.name
    return None


def _result_model(route: NodeRouteIR) -> str | None:
    if route.result == "list":
        return _model_item(route.result_type)
    return _model(route.result_type) if route.result_type else None


def _body_model(route: NodeRouteIR) -> str | None:
    if route.body_type is None:
        return None
    expr = parse_type(route.body_type)
    item = expr.item if expr.kind == "list" and expr.item is not None else expr
    return item.name if item.kind == "model" else None


def _model_of(mine: list[Path], template: str) -> str | None:
    """The model of a collection's objects: what listing it answers, else reading one, else
    what creating one answers, else what creating one sends, else what listing an object's own
    collection answers (`pricelists/{id}/records/{variant_id}`)."""
    ranked: list[tuple[int, str]] = []
    for route, path in mine:
        own = path_shape(path) == template
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
        (path_shape("/".join(parts[:i])), part.strip("{}"))
        for i, part in enumerate(parts)
        if part.startswith("{") and i
    ]


def _names(template: str, mine: list[Path]) -> tuple[str, ...]:
    """The scope parameters' names, from a path of the collection that spells them all."""
    count = _params_in(template)
    for _route, path in mine:
        names = _PARAM.findall(path)
        if len(names) >= count and path_shape(path).startswith(template):
            return tuple(n.strip("{}") for n in names[:count])
    return tuple(f"param{i}" for i in range(count))
