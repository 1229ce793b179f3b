# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderTaxes` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_tax import OrderTax


@with_config(REQUEST_CONFIG)
class OrderTaxesFilters(TypedDict, total=False):
    """Query filters of `OrderTaxes`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    details: bool
    page: int
    limit: int


class OrderTaxes(Resource):
    """`orders/{order_id}/taxes` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[OrderTax]]] = Operation(
        method="GET",
        path="orders/{parentid}/taxes",
        version="v2",
        result="many",
        model=OrderTax,
        query_type=OrderTaxesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderTaxesFilters],
    ) -> list[OrderTax]:
        """One page of OrderTax objects: `GET /v2/orders/{parentid}/taxes`.

        Returns one page of `OrderTax` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/taxes`.
            filters: the query parameters (`OrderTaxesFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/taxes" if parentid is not None else "orders/taxes",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderTax]]] = Operation(
        method="GET",
        path="orders/{parentid}/taxes",
        version="v2",
        result="pages",
        model=OrderTax,
        query_type=OrderTaxesFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderTaxesFilters],
    ) -> Iterator[OrderTax]:
        """Every OrderTax of `GET /v2/orders/{parentid}/taxes`, page after page.

        Yields every `OrderTax` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/taxes`.
            filters: the query parameters (`OrderTaxesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/taxes" if parentid is not None else "orders/taxes",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderTax]] = Operation(
        method="GET",
        path="orders/{parentid}/taxes/{id}",
        version="v2",
        result="one",
        model=OrderTax,
    )

    def get(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderTax:
        """One OrderTax by id: `GET /v2/orders/{parentid}/taxes/{id}`.

        Returns one `OrderTax`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/taxes/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
