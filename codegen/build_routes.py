"""Spec files -> the fake store's route table IR: resources, their filters and their models' fields.

The fake store (`bigcommerce.testing`) must not read spec/ at run time, so everything it needs to
serve a resource (paths, verbs, pagination, filters, and which fields are read-only or required) is
decided here and printed into `testing/routes.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .ir import RouteFieldIR, RouteFilterIR, RouteIR, RouteModelIR
from .spec_schema import FieldSpec, ModelSpec
from .type_grammar import TypeExpr, parse_type

if TYPE_CHECKING:
    from .build_ir import _Res


def route_table(
    models: dict[str, tuple[str, str, ModelSpec]], resources: Iterable[_Res]
) -> tuple[tuple[RouteIR, ...], tuple[RouteModelIR, ...]]:
    """Routes sorted by class name, and every model's fields sorted by model name."""
    routes = tuple(_route(res) for res in sorted(resources, key=lambda r: r.name))
    route_models = tuple(
        RouteModelIR(name, tuple(_field(wire, field) for wire, field in spec.fields.items()))
        for name, (_file, _api, spec) in sorted(models.items())
    )
    return routes, route_models


def canonical_type(text: str) -> str:
    """The spec's type text without stray spaces: `list[ int ]` -> `list[int]`."""
    return _text(parse_type(text))


def _text(expr: TypeExpr) -> str:
    if expr.kind == "list" and expr.item is not None:
        return f"list[{_text(expr.item)}]"
    return expr.name


def _route(res: _Res) -> RouteIR:
    filters = tuple(
        RouteFilterIR(name, canonical_type(flt.type), flt.range, flt.enum)
        for name, flt in res.filters.items()
    )
    return RouteIR(
        class_name=res.name,
        api=res.api,
        spec_file=res.file,
        path=res.path,
        model=res.model,
        verbs=res.verbs,
        pagination=res.pagination,
        filters=filters,
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
