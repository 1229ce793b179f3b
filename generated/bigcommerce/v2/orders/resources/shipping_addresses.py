# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersShippingAddresses` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.order_shipping_address import OrderShippingAddress
from ..models.shipping_address_update import ShippingAddressUpdate

if TYPE_CHECKING:
    from .shipping_addresses_shipping_quotes import V2OrdersShippingAddressesShippingQuotes


class V2OrdersShippingAddresses(NodeResource):
    """`api.v2.orders.shipping_addresses` (v2): update."""

    @cached_property
    def shipping_quotes(self) -> V2OrdersShippingAddressesShippingQuotes:
        from .shipping_addresses_shipping_quotes import V2OrdersShippingAddressesShippingQuotes

        return V2OrdersShippingAddressesShippingQuotes(self._connection)

    _op_update: ClassVar[Operation[OrderShippingAddress]] = Operation(
        method="PUT",
        path="orders/{order_id}/shipping_addresses/{shipping_address_id}",
        version="v2",
        result="one",
        model=OrderShippingAddress,
        body_type=ShippingAddressUpdate,
        operation_id="updateOrderShippingAddress",
    )

    def update(
        self,
        order_id: int,
        shipping_address_id: str,
        body: ShippingAddressUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderShippingAddress:
        """`PUT /v2/orders/{order_id}/shipping_addresses/{shipping_address_id}`
        (updateOrderShippingAddress).

        Returns one `OrderShippingAddress`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            shipping_address_id: `str`, the path's `{shipping_address_id}`.
            body: `ShippingAddressUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"orders/{segment(order_id)}/shipping_addresses/{segment(shipping_address_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
