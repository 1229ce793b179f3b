# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignmentGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .digital_consignment_get import DigitalConsignmentGet
from .order_consignment_get_email import OrderConsignmentGetEmail
from .pickup_consignment_get import PickupConsignmentGet
from .shipping_consignment_get import ShippingConsignmentGet


class OrderConsignmentGet(ApiModel):
    """`OrderConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    pickups: list[PickupConsignmentGet] | None = None
    shipping: list[ShippingConsignmentGet] | None = None
    downloads: list[DigitalConsignmentGet] | None = None
    email: OrderConsignmentGetEmail | None = None
