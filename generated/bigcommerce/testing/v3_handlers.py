# Copied from runtime/testing/v3_handlers.py by codegen (`make generate`); do not edit.
"""Imported operations, served generically with BigCommerce's v3 conventions.

JSON answers are `{data, meta}` envelopes where the route says so (v2 imported operations answer
bare values, an empty list as 204). Lists page by `page`/`limit` with `meta.pagination`, or by
`before`/`after` with `meta.cursor_pagination` (routes documented with cursors), and filter with
the v3 operators (`id:in`, `name:like`, `date_modified:min`, ...), `sort`/`direction` and
`include_fields`/`exclude_fields`. Creating answers the new object (200; 201 in v2), deleting 204
unless the operation documents an answer. Bodies are checked against their model: unknown,
read-only or missing required fields, or values of the wrong type, are a 422 with BigCommerce's
error body `{status, title, type, errors}`, and nothing is changed. Unknown ids, and parents the
API could have created but did not, are 404s. What each operation does to the data is decided in
`node_schema`; answers that are not stored objects (`int`, `list[int]`, an action's result) are
values of the documented type, echoing the body's fields where it has any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .bodies import BodyError, is_form, parse_json
from .multipart import parse_form
from .node_router import NodeMatch
from .node_schema import (
    ACTION,
    COUNT,
    CREATE,
    CREATE_MANY,
    DELETE,
    DELETE_MANY,
    LIST,
    READ,
    SINGLE_GET,
    SINGLE_RESET,
    SINGLE_SET,
    STREAM,
    UPDATE,
    UPDATE_MANY,
    UPSERT,
    Binding,
    Collection,
)
from .node_state import IdTaken, NodeState, Obj, Scope
from .query import LimitTooLarge, QueryError, ordering, predicate
from .request import Request
from .responses import Response, error_response, json_response, text_response
from .route_types import NodeRoute, RouteFilter, list_item, model_name
from .router import Router
from .state import StoreState
from .v3_pages import CURSOR_PARAMS, cursor_page, offset_page
from .validation import value_errors
from .values import empty_value, parse_int

__all__ = ["handle"]

#: Query parameters that shape the answer rather than filter it.
_SHAPING = frozenset({"page", "limit", "before", "after", "include_fields", "exclude_fields"})


class _Refused(Exception):
    """The request cannot be applied; `response` says why."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


@dataclass(frozen=True)
class _Call:
    """One request to one binding, with the values of its path parameters."""

    nodes: NodeState
    binding: Binding
    values: tuple[str, ...]
    request: Request

    @property
    def route(self) -> NodeRoute:
        return self.binding.route

    @property
    def version(self) -> str:
        return self.binding.route.version

    @property
    def scope(self) -> Scope:
        return self.values[: self.binding.scope_params]

    @property
    def key(self) -> str | None:
        """The id the path names, for operations on one object."""
        named = len(self.values) > self.binding.scope_params
        return self.values[-1] if named else None

    @property
    def collection(self) -> Collection:
        if self.binding.collection is None:
            raise ValueError(f"{self.route.operation_id}: not an operation on a collection")
        return self.binding.collection


def handle(
    state: StoreState, match: NodeMatch, request: Request, legacy: Router | None = None
) -> Response:
    """Answer one request to an imported operation. `legacy` (v2) routes counts and deletions of
    a hand-written resource's collection (`banners/count`) to that resource's objects."""
    if match.binding is None:
        raise ValueError("a match without an operation")
    call = _Call(state.nodes, match.binding, match.values, request)
    with state.lock:
        if any(
            not call.nodes.exists(parent, call.values[: len(parent.params)], call.values[index])
            for parent, index in call.binding.parents
        ):
            return error_response(404)
        try:
            if legacy is not None:
                answer = _legacy(state, call, legacy)
                if answer is not None:
                    return answer
            return _KINDS[call.binding.kind](call)
        except _Refused as refused:
            return refused.response
        except LimitTooLarge as exc:
            return error_response(422, errors={exc.param: exc.problem})
        except QueryError as exc:
            return error_response(400, errors={exc.param: exc.problem})


# Reading.


def _list(call: _Call) -> Response:
    """A page of a collection, filtered and sorted as the query asks."""
    route, query = call.route, call.request.query
    collection = call.collection
    fields = call.nodes.schema.field_map(collection.model)
    filters = _filters(call)
    where = predicate(filters, fields, query)
    order = ordering(filters, fields, query)
    found = [
        (k, o) for k, o in call.nodes.find(collection, call.scope) if where is None or where(o)
    ]
    if order is not None:
        found.sort(key=lambda pair: order[0](pair[1]), reverse=order[1])
    meta: dict[str, Any] = {}
    keys = [k for k, _o in found]
    both = route.pagination == "offset+cursor"
    if route.pagination == "cursor" or (both and any(query.get(p) for p in CURSOR_PARAMS)):
        found_page, meta = cursor_page(found, keys, query)
    elif route.pagination in ("offset", "offset+cursor"):
        found_page, meta = offset_page(found, keys, query, cursors=both)
    else:
        found_page = found
    if not found_page and not route.envelope:
        return Response(204)
    return _answer(call, _result(call, [o for _k, o in found_page]), meta)


def _read(call: _Call) -> Response:
    """One object by id (404 when there is none); on a collection's own path, its first one (or
    an object of defaults when it is empty)."""
    if call.key is None:
        obj = _first(call)
        return _answer(call, _result(call, [obj] if obj is not None else []))
    obj = _target(call)
    if obj is None:
        return error_response(404)
    return _answer(call, _result(call, [obj]))


def _single_get(call: _Call) -> Response:
    """A singleton, made from sample values of the result's model on first use."""
    obj = call.nodes.singleton(call.version, call.binding.path, call.scope, _result_model(call))
    return _answer(call, _result(call, [obj]))


def _count(call: _Call) -> Response:
    """`{"count": n}` of the collection the path names before `/count`."""
    collection = call.binding.collection
    return _answer(call, {"count": call.nodes.count(collection, call.scope)})


def _stream(call: _Call) -> Response:
    """A small CSV file, or an event stream of one event."""
    if call.route.result == "bytes":
        return text_response(200, "id,name\n1,sample\n", "text/csv")
    return text_response(200, 'event: message\ndata: {"status": "done"}\n\n', "text/event-stream")


# Writing.


def _create(call: _Call) -> Response:
    """Add one object; the answer is the new object (v3: 200, v2: 201)."""
    body = _object_body(call)
    obj = _insert(call, call.scope, body)
    return _answer(call, _result(call, [obj]), status=201 if call.version == "v2" else 200)


def _create_many(call: _Call) -> Response:
    """Add every item, or none: an item naming a taken id or a missing parent refuses all."""
    items = _list_body(call)
    id_field = call.collection.id_field or ""
    seen: set[str] = set()
    errors: dict[str, str] = {}
    for index, item in enumerate(items):
        key = str(item.get(id_field) or "")
        if key and (key in seen or call.nodes.exists(call.collection, (), key)):
            errors[f"{index}.{id_field}"] = f"{key} is taken"
        seen.add(key)
    _refuse(errors)
    placed = [(_item_scope(call, item, index), item) for index, item in enumerate(items)]
    return _answer(call, _result(call, [_insert(call, scope, item) for scope, item in placed]))


def _update(call: _Call) -> Response:
    """Change one object by id (404 when there is none); on a collection's own path, its first
    object (added when there is none)."""
    body = _object_body(call)
    if call.key is None:
        first = call.nodes.find(call.collection, call.scope)[:1]
        if not first:
            return _answer(call, _result(call, [_insert(call, call.scope, body)]))
        key = first[0][0]
    else:
        key = call.key
        if _target(call) is None:
            return error_response(404)
    return _answer(call, _result(call, [call.nodes.update(call.collection, key, body)]))


def _update_many(call: _Call) -> Response:
    """Change the objects the items name. An upsert adds the others; an update refuses items
    naming an id nobody has, and items without an id when their model has one (items that have
    no id field, such as category assignments, are added)."""
    collection, nodes = call.collection, call.nodes
    items = _list_body(call)
    id_field = collection.id_field or "id"
    item_fields = call.nodes.schema.field_map(_body_model(call.route))
    plan: list[tuple[str | None, Scope, dict[str, Any]]] = []
    errors: dict[str, str] = {}
    for index, item in enumerate(items):
        given = item.get(id_field)
        existing = None
        if given is not None and nodes.exists(collection, call.scope, str(given)):
            existing = str(given)
        if existing is not None:
            plan.append((existing, nodes.scope_of(collection, existing), item))
        elif call.binding.kind == UPDATE_MANY and given is not None:
            errors[f"{index}.{id_field}"] = f"no object has {id_field} {given}"
        elif call.binding.kind == UPDATE_MANY and id_field in item_fields:
            errors[f"{index}.{id_field}"] = "is required to update"
        else:
            plan.append((None, _item_scope(call, item, index), item))
    if errors:
        raise _Refused(error_response(422, errors=errors))
    done = [
        nodes.update(collection, key, item) if key is not None else _insert(call, scope, item)
        for key, scope, item in plan
    ]
    return _answer(call, _result(call, done))


def _upsert(call: _Call) -> Response:
    """Change the objects the body names by id and add the others (one object or a list)."""
    if call.request.body.strip().startswith(b"[") or call.route.body == "list":
        return _update_many(call)
    body = _object_body(call)
    id_field = call.collection.id_field
    given = body.get(id_field) if id_field else None
    if given is not None and call.nodes.exists(call.collection, call.scope, str(given)):
        obj = call.nodes.update(call.collection, str(given), body)
    else:
        obj = _insert(call, call.scope, body)
    return _answer(call, _result(call, [obj]))


def _delete(call: _Call) -> Response:
    """Delete one object by id and everything below it (404 when there is none)."""
    obj = _target(call)
    if obj is None or call.key is None:
        return error_response(404)
    call.nodes.delete(call.collection, [call.key])
    return _answer(call, _result(call, [obj], [call.key]))


def _delete_many(call: _Call) -> Response:
    """Delete the objects a list of ids in the body picks, else those the query's filters
    pick; with no filter at all, a `delete_many` that documents filters refuses (422) and any
    other deletion empties the scope."""
    collection, route, query = call.collection, call.route, call.request.query
    found = call.nodes.find(collection, call.scope)
    body = _json_body(call)
    missing = [f.name for f in route.query if f.required and not query.get(f.name)]
    if missing:
        raise _Refused(error_response(422, errors={name: "is required" for name in missing}))
    if isinstance(body, list):
        wanted = {str(item) for item in body}
        doomed = [(k, o) for k, o in found if k in wanted]
    else:
        filters = _filters(call)
        where = predicate(filters, call.nodes.schema.field_map(collection.model), query)
        named = [f.name for f in route.query if f.name not in _SHAPING]
        if where is None and any(query.get(name) for name in named):
            found = []  # filters on fields these objects do not have match nothing
        elif where is None and route.verb == "delete_many" and named:
            names = ", ".join(named)
            raise _Refused(error_response(422, errors={"query": f"give a filter: {names}"}))
        doomed = [(k, o) for k, o in found if where is None or where(o)]
    call.nodes.delete(collection, [k for k, _o in doomed])
    return _answer(call, _result(call, [o for _k, o in doomed], [k for k, _o in doomed]))


def _single_set(call: _Call) -> Response:
    """Write the body's fields into a singleton; the answer is the whole singleton."""
    body = _object_body(call)
    model = _result_model(call) or _body_model(call.route)
    obj = call.nodes.singleton(call.version, call.binding.path, call.scope, model)
    obj.update(call.nodes.conformed(call.version, model, body))
    return _answer(call, _result(call, [obj]))


def _single_reset(call: _Call) -> Response:
    """Forget a singleton's changes (it starts again from sample values)."""
    call.nodes.reset_singleton(call.version, call.binding.path, call.scope)
    return _answer(call, _result(call, []))


def _action(call: _Call) -> Response:
    """A named action, or an answer that is not an object: a value of the result's type, with
    the body's fields where the result has them."""
    body: Any = None
    if call.route.body == "list":
        body = _list_body(call)
    elif call.route.body == "object":
        body = _object_body(call)
    model = _result_model(call)
    if call.route.result == "list" and model is not None and isinstance(body, list):
        echoed = [_echo(call, model, item) for item in body if isinstance(item, dict)]
        return _answer(call, echoed)
    if call.route.result == "object" and model is not None:
        return _answer(call, _echo(call, model, body if isinstance(body, dict) else {}))
    return _answer(call, _result(call, []))


_KINDS: dict[str, Callable[[_Call], Response]] = {
    LIST: _list,
    READ: _read,
    SINGLE_GET: _single_get,
    COUNT: _count,
    STREAM: _stream,
    CREATE: _create,
    CREATE_MANY: _create_many,
    UPDATE: _update,
    UPDATE_MANY: _update_many,
    UPSERT: _upsert,
    DELETE: _delete,
    DELETE_MANY: _delete_many,
    SINGLE_SET: _single_set,
    SINGLE_RESET: _single_reset,
    ACTION: _action,
}


def _legacy(state: StoreState, call: _Call, router: Router) -> Response | None:
    """A v2 count or deletion of a collection the old client's resources serve, applied to
    their objects; None for anything else."""
    kind = call.binding.kind
    if kind not in (COUNT, DELETE_MANY, SINGLE_RESET):
        return None
    path = _filled(call)
    target = router.match(path.removesuffix("/count") if kind == COUNT else path)
    if target is None or not target.collection:
        return None
    if kind == COUNT:
        return _answer(call, {"count": state.count(target.route, target.parent_id)})
    state.delete_all(target.route, target.parent_id)
    return _answer(call, _result(call, []))


# Bodies.


def _json_body(call: _Call) -> Any:
    """The body's JSON value, None when nothing was sent (400/415 when it cannot be read)."""
    try:
        return parse_json(call.request.body, call.request.content_type)
    except BodyError as exc:
        raise _Refused(error_response(exc.status, exc.title)) from None


def _object_body(call: _Call) -> dict[str, Any]:
    """The body as one object, checked against its model (nothing sent: an empty object)."""
    route = call.route
    if route.multipart and call.request.body.strip():
        if not is_form(call.request.content_type):
            raise _Refused(error_response(415, "The request body must be a multipart form"))
        try:
            form = parse_form(call.request.body, call.request.content_type)
        except ValueError as exc:
            raise _Refused(error_response(400, str(exc))) from None
        known = call.nodes.schema.field_map(_body_model(route))
        _refuse({k: "is not a field of this object" for k in form if known and k not in known})
        return dict(form)
    body = None if route.multipart else _json_body(call)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise _Refused(error_response(400, "The request body must be a JSON object"))
    _check(call, body)
    return body


def _list_body(call: _Call) -> list[dict[str, Any]]:
    """The body as a list of objects (a lone object is a list of one; plain values such as ids
    become objects naming them), each checked against its model."""
    body = _json_body(call)
    if body is None:
        return []
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list):
        raise _Refused(error_response(400, "The request body must be a JSON list"))
    _check(call, body)
    id_field = call.binding.collection.id_field if call.binding.collection else None
    return [item if isinstance(item, dict) else {id_field or "id": item} for item in body]


def _check(call: _Call, body: Any) -> None:
    route = call.route
    if route.body_type is None or route.body_type in ("any", "object"):
        return
    verb = "update" if route.method == "PUT" else "create"
    body_type = route.body_type
    if isinstance(body, list) and list_item(body_type) is None:
        body_type = f"list[{body_type}]"
    elif isinstance(body, dict) and list_item(body_type) is not None:
        body_type = list_item(body_type) or body_type
    _refuse(value_errors(body_type, body, call.nodes.schema.models, verb))


def _refuse(errors: dict[str, str]) -> None:
    if errors:
        raise _Refused(error_response(422, errors=errors))


# Objects.


def _target(call: _Call) -> Obj | None:
    return call.nodes.get(call.collection, call.scope, call.key or "")


def _first(call: _Call) -> Obj | None:
    found = call.nodes.find(call.collection, call.scope)
    return found[0][1] if found else None


def _insert(call: _Call, scope: Scope, values: dict[str, Any]) -> Obj:
    try:
        _key, obj = call.nodes.insert(call.collection, scope, values)
    except IdTaken as exc:
        errors = {call.collection.id_field or "id": str(exc)}
        raise _Refused(error_response(422, errors=errors)) from None
    return obj


def _item_scope(call: _Call, item: dict[str, Any], index: int) -> Scope:
    """The scope of an object sent to a path that names fewer parents than its collection has
    (`catalog/products/metafields`): the rest are read from the item's fields named like the
    parameters (the last one also from `resource_id`). An item naming none of them is kept
    across parents; one naming a parent that does not exist is refused (422)."""
    collection = call.collection
    scope = list(call.scope)
    for name in collection.params[len(scope) :]:
        value = item.get(name)
        if value is None and name == collection.params[-1]:
            value = item.get("resource_id")
        if value is None:
            break
        scope.append(str(value))
    full = tuple(scope)
    if len(full) > len(call.scope) and call.nodes.missing_parent(collection, full):
        raise _Refused(
            error_response(422, errors={str(index): "names a parent that does not exist"})
        )
    return full


# Answers.


def _answer(
    call: _Call, data: Any, meta: dict[str, Any] | None = None, status: int = 200
) -> Response:
    route = call.route
    if route.result == "none":
        return Response(204)
    payload = {"data": data, "meta": meta or {}} if route.envelope else data
    return json_response(status, payload)


def _result(call: _Call, objects: list[Obj], keys: list[str] | None = None) -> Any:
    """The answer of the route's result type made from the objects the request touched."""
    route = call.route
    model = _result_model(call)
    if model is not None and route.result == "list":
        return [_present(call, obj, model) for obj in objects]
    if model is not None:
        if objects:
            return _present(call, objects[0], model)
        return call.nodes.defaults(call.version, model)
    type_text = route.result_type or "any"
    ids: list[Any] = [_id_value(k) for k in keys or []]
    if type_text == "int":
        return len(ids)
    if list_item(type_text) in ("int", "str"):
        return ids
    return empty_value(type_text, call.nodes.schema.models, api=call.version)


def _id_value(key: str) -> Any:
    """A key as the answer shows it: a number when it is one."""
    number = parse_int(key, signed=False)
    return number if number is not None else key


def _present(call: _Call, obj: Obj, model: str) -> Obj:
    """An object as the result's model shows it (fields it lacks at their defaults), with only
    the fields `include_fields` asks for, without those `exclude_fields` names (reads only)."""
    own = call.binding.collection.model if call.binding.collection else None
    if model != own:
        fitted = call.nodes.conformed(call.version, model, obj)
        obj = {**call.nodes.defaults(call.version, model), **fitted}
    shown = obj
    if call.route.method != "GET":
        return shown
    query = call.request.query
    include = [f for f in query.get("include_fields", "").split(",") if f]
    exclude = {f for f in query.get("exclude_fields", "").split(",") if f}
    if include:
        keep = {*include, "id", call.binding.collection.id_field if call.binding.collection else ""}
        shown = {k: v for k, v in shown.items() if k in keep}
    if exclude:
        shown = {k: v for k, v in shown.items() if k not in exclude}
    return shown


def _echo(call: _Call, model: str, body: dict[str, Any]) -> Obj:
    known = call.nodes.schema.field_map(model)
    echoed = call.nodes.conformed(
        call.version, model, {k: v for k, v in body.items() if k in known}
    )
    return {**call.nodes.defaults(call.version, model), **echoed}


def _result_model(call: _Call) -> str | None:
    route = call.route
    type_text = route.result_type or ""
    item = list_item(type_text) if route.result == "list" else type_text
    return model_name(item) if item else None


def _body_model(route: NodeRoute) -> str | None:
    item = list_item(route.body_type or "") or route.body_type
    return model_name(item) if item else None


def _filters(call: _Call) -> tuple[RouteFilter, ...]:
    """The route's filters; one on the parameter naming an object (`location_id:in`) filters on
    the field that holds its id (`id`)."""
    collection = call.binding.collection
    out: list[RouteFilter] = []
    for flt in call.route.query:
        if flt.name in _SHAPING:
            continue
        base, colon, op = flt.name.partition(":")
        if collection is not None and collection.id_field and base == collection.item_param:
            flt = replace(flt, name=f"{collection.id_field}{colon}{op}")
        out.append(flt)
    return tuple(out)


def _filled(call: _Call) -> str:
    """The request's path below the version root, rebuilt from the template and values."""
    values = iter(call.values)
    return "/".join(next(values) if s == "{}" else s for s in call.binding.template.split("/"))
