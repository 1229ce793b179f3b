# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersShippingAddresses` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from .._query import segment
from ..models.shipping_address_put import ShippingAddressPutUpdate
from ..models.v2_order_shipping_address import V2OrderShippingAddress

if TYPE_CHECKING:
    from .v2_orders_shipping_addresses_shipping_quotes import (
        V2OrdersShippingAddressesShippingQuotes,
    )


class V2OrdersShippingAddresses(NodeResource):
    """`api.v2.orders.shipping_addresses` (v2): update."""

    _version = "v2"

    @cached_property
    def shipping_quotes(self) -> V2OrdersShippingAddressesShippingQuotes:
        from .v2_orders_shipping_addresses_shipping_quotes import (
            V2OrdersShippingAddressesShippingQuotes,
        )

        return V2OrdersShippingAddressesShippingQuotes(self._connection)

    def update(
        self, order_id: int, shipping_address_id: str, body: ShippingAddressPutUpdate, /
    ) -> V2OrderShippingAddress:
        """`PUT /v2/orders/{order_id}/shipping_addresses/{shipping_address_id}`
        (updateOrderShippingAddress).
        """
        return self._one(
            V2OrderShippingAddress,
            "PUT",
            f"orders/{segment(order_id)}/shipping_addresses/{segment(shipping_address_id)}",
            {},
            None,
            body=body,
            body_type=ShippingAddressPutUpdate,
        )
