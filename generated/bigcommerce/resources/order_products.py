# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProducts` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_product import OrderProduct


@with_config(REQUEST_CONFIG)
class OrderProductsFilters(TypedDict, total=False):
    """Query filters of `OrderProducts`; unknown keys are refused."""

    page: int
    limit: int


class OrderProducts(Resource):
    """`orders/{order_id}/products` (v2): all, iterall, get, count."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OrderProductsFilters]
    ) -> list[OrderProduct]:
        """One page of OrderProduct objects: `GET orders/{parentid}/products`."""
        return self._list(
            OrderProduct,
            f"orders/{segment(parentid)}/products" if parentid is not None else "orders/products",
            filters,
            OrderProductsFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[OrderProductsFilters],
    ) -> Iterator[OrderProduct]:
        """Every OrderProduct of `GET orders/{parentid}/products`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            OrderProduct,
            f"orders/{segment(parentid)}/products" if parentid is not None else "orders/products",
            filters,
            OrderProductsFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/products/count"
            if parentid is not None
            else "orders/products/count",
        )

    def get(self, parentid: Id, id: Id, /) -> OrderProduct:
        """One OrderProduct by id: `GET orders/{parentid}/products/{id}`."""
        return self._get(
            OrderProduct, f"orders/{segment(parentid)}/products/{segment(id)}", parentid
        )

    def count(self, parentid: Id | None = None, **filters: Unpack[OrderProductsFilters]) -> int:
        """How many OrderProduct objects match: `GET orders/{parentid}/products/count`."""
        return self._count(
            f"orders/{segment(parentid)}/products/count"
            if parentid is not None
            else "orders/products/count",
            filters,
            OrderProductsFilters,
        )
