# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductSkus` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_sku import ProductSku, ProductSkuCreate, ProductSkuUpdate


@with_config(REQUEST_CONFIG)
class ProductSkusFilters(TypedDict, total=False):
    """Query filters of `ProductSkus`; unknown keys are refused."""

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

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductSkusFilters]
    ) -> list[ProductSku]:
        """One page of ProductSku objects: `GET products/{parentid}/skus`."""
        return self._list(
            ProductSku,
            f"products/{segment(parentid)}/skus" if parentid is not None else "products/skus",
            filters,
            ProductSkusFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductSkusFilters],
    ) -> Iterator[ProductSku]:
        """Every ProductSku of `GET products/{parentid}/skus`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            ProductSku,
            f"products/{segment(parentid)}/skus" if parentid is not None else "products/skus",
            filters,
            ProductSkusFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/skus/count"
            if parentid is not None
            else "products/skus/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductSku:
        """One ProductSku by id: `GET products/{parentid}/skus/{id}`."""
        return self._get(ProductSku, f"products/{segment(parentid)}/skus/{segment(id)}", parentid)

    def create(self, parentid: Id, /, **fields: Unpack[ProductSkuCreate]) -> ProductSku:
        """Create a ProductSku: `POST products/{parentid}/skus`; returns it as stored."""
        return self._write(
            ProductSku,
            "POST",
            f"products/{segment(parentid)}/skus",
            fields,
            ProductSkuCreate,
            parentid,
        )

    def update(self, parentid: Id, id: Id, /, **fields: Unpack[ProductSkuUpdate]) -> ProductSku:
        """Change a ProductSku: `PUT products/{parentid}/skus/{id}`; returns it as stored."""
        return self._write(
            ProductSku,
            "PUT",
            f"products/{segment(parentid)}/skus/{segment(id)}",
            fields,
            ProductSkuUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductSku: `DELETE products/{parentid}/skus/{id}`."""
        return self._delete(f"products/{segment(parentid)}/skus/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductSku: `DELETE products/{parentid}/skus`."""
        return self._delete(f"products/{segment(parentid)}/skus")

    def count(self, parentid: Id | None = None, **filters: Unpack[ProductSkusFilters]) -> int:
        """How many ProductSku objects match: `GET products/{parentid}/skus/count`."""
        return self._count(
            f"products/{segment(parentid)}/skus/count"
            if parentid is not None
            else "products/skus/count",
            filters,
            ProductSkusFilters,
        )
