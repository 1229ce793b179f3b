# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersShippingAddressesShippingQuotes` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.shipping_quotes_base import ShippingQuotesBase


class V2OrdersShippingAddressesShippingQuotes(NodeResource):
    """`api.v2.orders.shipping_addresses.shipping_quotes` (v2): get."""

    _version = "v2"

    def get(self, order_id: int, shipping_address_id: int, /) -> ShippingQuotesBase:
        """`GET /v2/orders/{order_id}/shipping_addresses/{shipping_address_id}/shipping_quotes`
        (getOrderShippingAddressShippingQuotes).
        """
        return self._one(
            ShippingQuotesBase,
            "GET",
            f"orders/{segment(order_id)}/shipping_addresses/{segment(shipping_address_id)}/shipping_quotes",
            {},
            None,
        )
