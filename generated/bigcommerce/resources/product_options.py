# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptions` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_option import ProductOption


@with_config(REQUEST_CONFIG)
class ProductOptionsFilters(TypedDict, total=False):
    """Query filters of `ProductOptions`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductOptions(Resource):
    """`products/{product_id}/options` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[ProductOption]]] = Operation(
        method="GET",
        path="products/{parentid}/options",
        version="v2",
        result="many",
        model=ProductOption,
        query_type=ProductOptionsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductOptionsFilters],
    ) -> list[ProductOption]:
        """One page of ProductOption objects: `GET /v2/products/{parentid}/options`.

        Returns one page of `ProductOption` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/options`.
            filters: the query parameters (`ProductOptionsFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/options" if parentid is not None else "products/options",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductOption]]] = Operation(
        method="GET",
        path="products/{parentid}/options",
        version="v2",
        result="pages",
        model=ProductOption,
        query_type=ProductOptionsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductOptionsFilters],
    ) -> Iterator[ProductOption]:
        """Every ProductOption of `GET /v2/products/{parentid}/options`, page after page.

        Yields every `ProductOption` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/options`.
            filters: the query parameters (`ProductOptionsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/options" if parentid is not None else "products/options",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductOption]] = Operation(
        method="GET",
        path="products/{parentid}/options/{id}",
        version="v2",
        result="one",
        model=ProductOption,
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
    ) -> ProductOption:
        """One ProductOption by id: `GET /v2/products/{parentid}/options/{id}`.

        Returns one `ProductOption`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/options/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
