# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `Products` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product import Product, ProductCreate, ProductUpdate


@with_config(REQUEST_CONFIG)
class ProductsFilters(TypedDict, total=False):
    """Query filters of `Products`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    name: str
    keyword_filter: str
    description: str
    sku: str
    condition: Literal["New", "Used", "Refurbished"]
    availability: Literal["available", "disabled", "preorder"]
    brand_id: int
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    min_date_modified: _dt.datetime | _dt.date | str
    max_date_modified: _dt.datetime | _dt.date | str
    date_last_imported: _dt.datetime | _dt.date | str
    min_date_last_imported: _dt.datetime | _dt.date | str
    max_date_last_imported: _dt.datetime | _dt.date | str
    price: Decimal | float | int | str
    min_price: Decimal | float | int | str
    max_price: Decimal | float | int | str
    number_sold: int
    min_number_sold: int
    max_number_sold: int
    is_visible: bool
    is_featured: bool
    inventory_level: int
    min_inventory_level: int
    max_inventory_level: int
    include_sku: bool
    category: int
    product_tax_code: str
    include: str
    exclude: str
    page: int
    limit: int


class Products(Resource):
    """`products` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Product]]] = Operation(
        method="GET",
        path="products",
        version="v2",
        result="many",
        model=Product,
        query_type=ProductsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductsFilters],
    ) -> list[Product]:
        """One page of Product objects: `GET /v2/products`.

        Returns one page of `Product` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`ProductsFilters`).
        """
        return self._call(
            self._op_all,
            "products",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Product]]] = Operation(
        method="GET",
        path="products",
        version="v2",
        result="pages",
        model=Product,
        query_type=ProductsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductsFilters],
    ) -> Iterator[Product]:
        """Every Product of `GET /v2/products`, page after page.

        Yields every `Product` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductsFilters`).
        """
        return self._call(
            self._op_iterall,
            "products",
            query=filters,
            prefetch=prefetch,
            count_path="products/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Product]] = Operation(
        method="GET", path="products/{id}", version="v2", result="one", model=Product
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Product:
        """One Product by id: `GET /v2/products/{id}`.

        Returns one `Product`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Product]] = Operation(
        method="POST",
        path="products",
        version="v2",
        result="one",
        model=Product,
        body_type=ProductCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductCreate],
    ) -> Product:
        """Create a Product: `POST /v2/products`; returns it as stored.

        Returns one `Product`.

        Args:
            fields: the fields (`ProductCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "products",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Product]] = Operation(
        method="PUT",
        path="products/{id}",
        version="v2",
        result="one",
        model=Product,
        body_type=ProductUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductUpdate],
    ) -> Product:
        """Change a Product: `PUT /v2/products/{id}`; returns it as stored.

        Returns one `Product`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one Product: `DELETE /v2/products/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products", version="v2", result="answer", query_type=ProductsFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductsFilters],
    ) -> dict[str, Any]:
        """Delete every Product: `DELETE /v2/products`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`ProductsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "products",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/count",
        version="v2",
        result="count",
        query_type=ProductsFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductsFilters],
    ) -> int:
        """How many Product objects match: `GET /v2/products/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`ProductsFilters`).
        """
        return self._call(
            self._op_count,
            "products/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
