# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderTaxes` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_tax import OrderTax


@with_config(REQUEST_CONFIG)
class OrderTaxesFilters(TypedDict, total=False):
    """Query filters of `OrderTaxes`; unknown keys are refused."""

    details: bool
    page: int
    limit: int


class OrderTaxes(Resource):
    """`orders/{order_id}/taxes` (v2): all, iterall, get."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OrderTaxesFilters]
    ) -> list[OrderTax]:
        """One page of OrderTax objects: `GET orders/{parentid}/taxes`."""
        return self._list(
            OrderTax,
            f"orders/{segment(parentid)}/taxes" if parentid is not None else "orders/taxes",
            filters,
            OrderTaxesFilters,
            parentid,
        )

    def iterall(
        self, parentid: Id | None = None, **filters: Unpack[OrderTaxesFilters]
    ) -> Iterator[OrderTax]:
        """Every OrderTax of `GET orders/{parentid}/taxes`, page after page, one page in memory
        at a time.
        """
        return self._iterate(
            OrderTax,
            f"orders/{segment(parentid)}/taxes" if parentid is not None else "orders/taxes",
            filters,
            OrderTaxesFilters,
            parentid,
        )

    def get(self, parentid: Id, id: Id, /) -> OrderTax:
        """One OrderTax by id: `GET orders/{parentid}/taxes/{id}`."""
        return self._get(OrderTax, f"orders/{segment(parentid)}/taxes/{segment(id)}", parentid)
