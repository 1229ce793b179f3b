# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductSkus` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_sku import ProductSku, ProductSkuCreate, ProductSkuUpdate


@with_config(REQUEST_CONFIG)
class ProductSkusFilters(TypedDict, total=False):
    """Query filters of `ProductSkus`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    sku: str
    upc: str
    inventory_level: int
    min_inventory_level: int
    max_inventory_level: int
    inventory_warning_level: int
    bin_picking_number: str
    is_low_inventory: bool
    product_hash: int
    page: int
    limit: int


class ProductSkus(Resource):
    """`products/{product_id}/skus` (v2): all, iterall, get, create, update, delete, delete_all,
    count.
    """

    _op_all: ClassVar[Operation[list[ProductSku]]] = Operation(
        method="GET",
        path="products/{parentid}/skus",
        version="v2",
        result="many",
        model=ProductSku,
        query_type=ProductSkusFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductSkusFilters],
    ) -> list[ProductSku]:
        """One page of ProductSku objects: `GET /v2/products/{parentid}/skus`.

        Returns one page of `ProductSku` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/skus`.
            filters: the query parameters (`ProductSkusFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/skus" if parentid is not None else "products/skus",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductSku]]] = Operation(
        method="GET",
        path="products/{parentid}/skus",
        version="v2",
        result="pages",
        model=ProductSku,
        query_type=ProductSkusFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductSkusFilters],
    ) -> Iterator[ProductSku]:
        """Every ProductSku of `GET /v2/products/{parentid}/skus`, page after page.

        Yields every `ProductSku` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/skus`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductSkusFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/skus" if parentid is not None else "products/skus",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/skus/count"
            if parentid is not None
            else "products/skus/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductSku]] = Operation(
        method="GET",
        path="products/{parentid}/skus/{id}",
        version="v2",
        result="one",
        model=ProductSku,
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
    ) -> ProductSku:
        """One ProductSku by id: `GET /v2/products/{parentid}/skus/{id}`.

        Returns one `ProductSku`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/skus/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductSku]] = Operation(
        method="POST",
        path="products/{parentid}/skus",
        version="v2",
        result="one",
        model=ProductSku,
        body_type=ProductSkuCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductSkuCreate],
    ) -> ProductSku:
        """Create a ProductSku: `POST /v2/products/{parentid}/skus`; returns it as stored.

        Returns one `ProductSku`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductSkuCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/skus",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductSku]] = Operation(
        method="PUT",
        path="products/{parentid}/skus/{id}",
        version="v2",
        result="one",
        model=ProductSku,
        body_type=ProductSkuUpdate,
    )

    def update(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductSkuUpdate],
    ) -> ProductSku:
        """Change a ProductSku: `PUT /v2/products/{parentid}/skus/{id}`; returns it as stored.

        Returns one `ProductSku`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductSkuUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/skus/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{parentid}/skus/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one ProductSku: `DELETE /v2/products/{parentid}/skus/{id}`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/skus/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/skus",
        version="v2",
        result="answer",
        query_type=ProductSkusFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductSkusFilters],
    ) -> dict[str, Any]:
        """Delete every ProductSku: `DELETE /v2/products/{parentid}/skus`; returns the answer, `{}`
        when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductSkusFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/skus",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/skus/count",
        version="v2",
        result="count",
        query_type=ProductSkusFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductSkusFilters],
    ) -> int:
        """How many ProductSku objects match: `GET /v2/products/{parentid}/skus/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/skus/count`.
            filters: the query parameters (`ProductSkusFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/skus/count"
            if parentid is not None
            else "products/skus/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
