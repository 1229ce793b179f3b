# Generated from spec/v2/tax_classes.yaml by codegen (`make generate`); do not edit.
"""The `TaxClasses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.tax_class import TaxClass


@with_config(REQUEST_CONFIG)
class TaxClassesFilters(TypedDict, total=False):
    """Query filters of `TaxClasses`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    limit: int | float
    page: int | float


class TaxClasses(Resource):
    """`tax_classes` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[TaxClass]]] = Operation(
        method="GET",
        path="tax_classes",
        version="v2",
        result="many",
        model=TaxClass,
        query_type=TaxClassesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[TaxClassesFilters],
    ) -> list[TaxClass]:
        """One page of TaxClass objects: `GET /v2/tax_classes`.

        Returns a list of `TaxClass` objects.

        Args:
            filters: the query parameters (`TaxClassesFilters`).
        """
        return self._call(
            self._op_all,
            "tax_classes",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[TaxClass]]] = Operation(
        method="GET",
        path="tax_classes",
        version="v2",
        result="pages",
        model=TaxClass,
        query_type=TaxClassesFilters,
        pagination="none",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[TaxClassesFilters],
    ) -> Iterator[TaxClass]:
        """Every TaxClass of `GET /v2/tax_classes`, page after page.

        Yields every `TaxClass` of every page, one page in memory at a time.

        Args:
            filters: the query parameters (`TaxClassesFilters`).
        """
        return self._call(
            self._op_iterall,
            "tax_classes",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[TaxClass]] = Operation(
        method="GET", path="tax_classes/{id}", version="v2", result="one", model=TaxClass
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> TaxClass:
        """One TaxClass by id: `GET /v2/tax_classes/{id}`.

        Returns one `TaxClass`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"tax_classes/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
