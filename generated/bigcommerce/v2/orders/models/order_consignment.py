# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignment` model."""

from __future__ import annotations

from ...._model import ApiModel
from .digital_consignment import DigitalConsignment
from .order_consignment_email import OrderConsignmentEmail
from .pickup_consignment_pickup import PickupConsignmentPickup
from .shipping_consignment_shipping import ShippingConsignmentShipping


class OrderConsignment(ApiModel):
    """`OrderConsignment`: an object of the v2 API. Every field is optional; unknown fields are
    kept. Answered by `api.v2.orders.consignments`: `get`.
    """

    pickups: list[PickupConsignmentPickup] | None = None
    shipping: list[ShippingConsignmentShipping] | None = None
    downloads: list[DigitalConsignment] | None = None
    """At most 1 items."""
    email: OrderConsignmentEmail | None = None
