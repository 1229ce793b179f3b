# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShipment` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .order_address import OrderAddress
from .order_shipment_item import OrderShipmentItem, OrderShipmentItemCreate, OrderShipmentItemUpdate


class OrderShipment(ApiModel):
    """`OrderShipment`: an object of the v2 `OrderShipments` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    customer_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_address_id: int | None = None
    """Required to create."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    tracking_number: str | None = None
    merchant_shipping_cost: str | None = None
    shipping_method: str | None = None
    shipping_provider: str | None = None
    shipping_provider_display_name: str | None = None
    """Read-only: set by the API, never sent."""
    tracking_carrier: str | None = None
    tracking_link: str | None = None
    generated_tracking_link: str | None = None
    """Read-only: set by the API, never sent."""
    comments: str | None = None
    billing_address: OrderAddress | None = None
    """Read-only: set by the API, never sent."""
    shipping_address: OrderAddress | None = None
    """Read-only: set by the API, never sent."""
    items: list[OrderShipmentItem] | None = None
    """Required to create."""

    def update(self, **fields: Unpack[OrderShipmentUpdate]) -> OrderShipment:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.order_shipments import OrderShipments

        return self._resource(OrderShipments).update(
            self._parent("order_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.order_shipments import OrderShipments

        return self._resource(OrderShipments).delete(self._parent("order_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class OrderShipmentCreate(TypedDict, total=False):
    """The fields to create a `OrderShipment` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    order_address_id: Required[int]
    tracking_number: str
    merchant_shipping_cost: Decimal | float | int | str
    shipping_method: str
    shipping_provider: str
    tracking_carrier: str
    tracking_link: str
    comments: str
    items: Required[list[OrderShipmentItemCreate]]


@with_config(REQUEST_CONFIG)
class OrderShipmentUpdate(TypedDict, total=False):
    """The fields to update a `OrderShipment` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    order_address_id: int
    tracking_number: str
    merchant_shipping_cost: Decimal | float | int | str
    shipping_method: str
    shipping_provider: str
    tracking_carrier: str
    tracking_link: str
    comments: str
    items: list[OrderShipmentItemUpdate]
