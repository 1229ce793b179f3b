# Copied from runtime/testing/v2_handlers.py by codegen (`make generate`); do not edit.
"""The v2 API's conventions for the old client's resources: bare JSON lists and objects,
`page`/`limit`, 204 for an empty page, `{"count": n}`, 201 for a created object, 204 for a deletion.

Imported operations (of either version) are served by `v3_handlers`; the app picks the module by
what the path names.
"""

from __future__ import annotations

from .bodies import BodyError, parse_json
from .query import LimitTooLarge, Predicate, QueryError, ordering, paging, predicate
from .request import Request
from .responses import Response, error_response, json_response
from .route_types import Route
from .router import Target
from .state import Obj, StoreState
from .validation import body_errors

__all__ = ["Request", "handle"]


def handle(state: StoreState, target: Target, verb: str, request: Request) -> Response:
    """Run `verb` on `target` (the verb is one the route has)."""
    route = target.route
    if target.parent_id is not None and not state.exists(route.parent or "", target.parent_id):
        return error_response(404)
    try:
        if verb == "all" and route.pagination == "singleton":
            return json_response(200, _present(state, route, state.singleton(route), request))
        if verb == "all":
            return _list(state, target, request)
        if verb == "count":
            where = _where(state, route, request)
            return json_response(200, {"count": state.count(route, target.parent_id, where)})
        if verb == "delete_all":  # only what the filters select (`id:in=1,2`), else every one
            state.delete_all(route, target.parent_id, _where(state, route, request))
            return Response(204)
    except LimitTooLarge as exc:
        return error_response(413, errors={exc.param: exc.problem})
    except QueryError as exc:
        return error_response(400, errors={exc.param: exc.problem})
    if verb == "get":
        with state.lock:
            obj = state.get(route, _id(target), target.parent_id, live=True)
            return _one(state, route, obj, request, 200)
    if verb == "create":
        return _write(state, target, request, "create")
    if verb == "update":
        if state.get(route, _id(target), target.parent_id) is None:
            return error_response(404)
        return _write(state, target, request, "update")
    if verb == "delete":
        found = state.delete(route, _id(target), target.parent_id)
        return Response(204) if found else error_response(404)
    raise ValueError(f"unknown verb {verb!r}")


def _id(target: Target) -> int:
    if target.item_id is None:
        raise ValueError("an item target without an id")
    return target.item_id


def _where(state: StoreState, route: Route, request: Request) -> Predicate | None:
    fields = state.schema.field_map(route.model)
    return predicate(route.filters, fields, request.query)


def _list(state: StoreState, target: Target, request: Request) -> Response:
    route = target.route
    where = _where(state, route, request)
    order = ordering(route.filters, state.schema.field_map(route.model), request.query)
    start, stop = 0, None
    if route.pagination == "page":
        page, limit = paging(request.query)
        start, stop = (page - 1) * limit, page * limit
    with state.lock:  # serialise the stored objects themselves, before anyone changes them
        objects = state.find(route, target.parent_id, where, start, stop, order, live=True)
        if not objects:
            return Response(204)
        return json_response(200, [_present(state, route, obj, request) for obj in objects])


def _write(state: StoreState, target: Target, request: Request, verb: str) -> Response:
    route = target.route
    try:
        body = parse_json(request.body, request.content_type)
    except BodyError as exc:
        return error_response(exc.status, exc.title)
    if body is None:
        body = {}
    if not isinstance(body, dict):
        return error_response(400, "The request body must be a JSON object")
    errors = body_errors(body, state.schema.fields(route), state.schema.models, verb)
    if errors:
        return error_response(422, errors=errors)
    if verb == "create":
        object_id = state.insert(route, body, target.parent_id)
        return _one(state, route, state.get(route, object_id), request, 201)
    obj = state.update(route, _id(target), body, target.parent_id)
    return _one(state, route, obj, request, 200)


def _one(
    state: StoreState, route: Route, obj: Obj | None, request: Request, status: int
) -> Response:
    if obj is None:
        return error_response(404)
    return json_response(status, _present(state, route, obj, request))


def _present(state: StoreState, route: Route, obj: Obj, request: Request) -> Obj:
    """The object as the API shows it: its `{url, resource}` links filled in for this client (in
    a shallow copy: `obj` may be the stored object)."""
    links = state.schema.links[route.class_name]
    if not links or "id" not in obj:
        return obj
    obj = dict(obj)
    own = f"/{route.path}/{obj['id']}"
    if route.parent_path is not None and route.parent_key is not None:
        own = f"/{route.parent_path}/{obj.get(route.parent_key)}/{route.path}/{obj['id']}"
    for field, link in links.items():
        resource = link.resource(own, obj)
        obj[field] = {"url": f"{request.base_url}{resource}.json", "resource": resource}
    return obj
