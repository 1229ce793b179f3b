# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `Products` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product import Product, ProductCreate, ProductUpdate


@with_config(REQUEST_CONFIG)
class ProductsFilters(TypedDict, total=False):
    """Query filters of `Products`; unknown keys are refused."""

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

    def all(self, **filters: Unpack[ProductsFilters]) -> list[Product]:
        """One page of Product objects: `GET products`."""
        return self._list(Product, "products", filters, ProductsFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[ProductsFilters]
    ) -> Iterator[Product]:
        """Every Product of `GET products`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Product,
            "products",
            filters,
            ProductsFilters,
            prefetch=prefetch,
            count_path="products/count",
        )

    def get(self, id: Id, /) -> Product:
        """One Product by id: `GET products/{id}`."""
        return self._get(Product, f"products/{segment(id)}")

    def create(self, **fields: Unpack[ProductCreate]) -> Product:
        """Create a Product: `POST products`; returns it as stored."""
        return self._write(Product, "POST", "products", fields, ProductCreate)

    def update(self, id: Id, /, **fields: Unpack[ProductUpdate]) -> Product:
        """Change a Product: `PUT products/{id}`; returns it as stored."""
        return self._write(Product, "PUT", f"products/{segment(id)}", fields, ProductUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Product: `DELETE products/{id}`."""
        return self._delete(f"products/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Product: `DELETE products`."""
        return self._delete("products")

    def count(self, **filters: Unpack[ProductsFilters]) -> int:
        """How many Product objects match: `GET products/count`."""
        return self._count("products/count", filters, ProductsFilters)
