"""Spec files -> the fake store's route table IR: resources, their filters and their models' fields,
and every imported operation (its description from `operation.py`) with the shapes of what it
takes and answers.

The fake store (`bigcommerce.testing`) must not read spec/ at run time, so everything it needs to
serve a resource (paths, verbs, pagination, filters, and which fields are read-only or required) is
decided here and written to `testing/routes.json`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .collect import CollectedModels, CollectedResource
from .compat_merge import filter_entries
from .ir import NodeRouteIR, RouteFieldIR, RouteFilterIR, RouteIR, RouteModelIR
from .naming import range_filter_keys
from .operation import COMPAT_ORDER, Operation, resource_operations, wire_name
from .spec_schema import FieldSpec
from .type_grammar import parse_type


def route_table(
    models: CollectedModels, resources: Iterable[CollectedResource]
) -> tuple[tuple[RouteIR, ...], tuple[RouteModelIR, ...]]:
    """Routes sorted by class name, and every model's fields sorted by model name."""
    routes = tuple(_route(res) for res in sorted(resources, key=lambda r: r.name))
    route_models = tuple(
        RouteModelIR(name, tuple(_field(wire, field) for wire, field in m.spec.fields.items()))
        for name, m in sorted(models.items())
    )
    return routes, route_models


#: The placeholders of `verb_forms`: a resource's own paths, filled in by the store per route.
FORM_PATHS = ("path", "parent_path", "count_path")


def verb_forms() -> dict[str, tuple[Operation, ...]]:
    """What each verb of the old client's resources sends, by shape of resource (`top`, `sub`,
    `singleton`): the operations `resource_operations` makes for a resource whose paths are the
    placeholders `{path}`, `{parent_path}` and `{count_path}` (not the `iterall` forms, which
    send `all`'s request). The store fills them with each route's paths, so what a verb means is
    decided in `operation.py` only."""
    path, parent, count = (f"{{{name}}}" for name in FORM_PATHS)
    top = CollectedResource(
        name="Resource", file="", key="", api="v2", path=path, model="Model", verbs=COMPAT_ORDER,
        pagination="page", filters={},
    )  # fmt: skip
    shapes = {
        "top": top,
        "sub": replace(top, parent_path=parent, count_path=count),
        "singleton": replace(top, verbs=("all",), pagination="singleton"),
    }
    return {
        shape: tuple(op for op in resource_operations(res) if op.result != "pages")
        for shape, res in shapes.items()
    }


def canonical_type(text: str) -> str:
    """The spec's type text without stray spaces: `list[ int ]` -> `list[int]`."""
    return str(parse_type(text))


#: The old classes' verbs whose query filters the objects they touch.
_FILTERING_VERBS = ("all", "count", "delete_all")


def _route(res: CollectedResource) -> RouteIR:
    filters = [
        RouteFilterIR(name, canonical_type(flt.type), flt.range, flt.enum)
        for name, flt in res.filters.items()
    ]
    # What the v2 documents add to them (`DELETE coupons?id:in=1,2`; see compat_merge.py).
    named = {key for name, flt in res.filters.items() for key in range_filter_keys(name)}
    named |= set(res.filters) | {"page", "limit"}
    for verb in _FILTERING_VERBS:
        for key, spec in filter_entries(res, verb).items() if verb in res.verbs else ():
            wire = wire_name(key)
            if wire not in named:
                named.add(wire)
                filters.append(RouteFilterIR(wire, canonical_type(spec.type), False, spec.enum))
    return RouteIR(
        class_name=res.name,
        api=res.api,
        spec_file=res.file,
        path=res.path,
        model=res.model,
        verbs=res.verbs,
        pagination=res.pagination,
        filters=tuple(filters),
        parent=res.parent,
        parent_path=res.parent_path,
        parent_key=res.parent_key,
        count_path=res.count_path,
    )


def _field(wire: str, field: FieldSpec) -> RouteFieldIR:
    return RouteFieldIR(
        wire=wire,
        type=canonical_type(field.type),
        write_type=canonical_type(field.write_type) if field.write_type else None,
        read_only=field.read_only,
        create_only=field.create_only,
        required=field.required,
        nullable=field.nullable,
        enum=field.enum,
    )


def node_route_table(operations: Iterable[Operation]) -> tuple[NodeRouteIR, ...]:
    """Every imported operation of the store's API (not the `iterall` forms, which call `all`'s,
    nor the payments gateway's, served elsewhere), sorted by version, node and verb."""
    routes = [
        _node_route(op)
        for op in operations
        if op.operation_id and op.result != "pages" and op.server == "api"
    ]
    return tuple(sorted(routes, key=lambda r: (r.version, r.node, r.verb)))


def _node_route(op: Operation) -> NodeRouteIR:
    result_type = canonical_type(op.result_type) if op.result_type is not None else None
    shape: str
    if op.result in ("bytes", "lines"):
        shape = op.result
    elif result_type is None:
        shape = "none"
    else:
        shape = "list" if result_type.startswith("list[") else "object"
    body_type = canonical_type(op.body) if op.body is not None else None
    return NodeRouteIR(
        version=op.version,
        node=op.owner,
        verb=op.name,
        operation_id=op.operation_id,
        method=op.method,
        path=op.path,
        params=tuple((p.wire, canonical_type(p.type)) for p in op.params),
        unscoped_path=op.unscoped_path,
        result=shape,
        result_type=result_type,
        envelope=op.envelope,
        pagination=op.pagination,
        body="none" if body_type is None else "list" if body_type.startswith("list[") else "object",
        body_type=body_type,
        multipart=op.content_type == "multipart",
        batch_limit=op.batch_limit,
        query=tuple(
            RouteFilterIR(q.wire, canonical_type(q.type), False, q.enum, q.required)
            for q in op.query_params
        ),
    )
