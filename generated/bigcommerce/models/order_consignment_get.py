# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignmentGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .digital_consignment_get import (
    DigitalConsignmentGet,
    DigitalConsignmentGetCreate,
    DigitalConsignmentGetUpdate,
)
from .order_consignment_get_email import (
    OrderConsignmentGetEmail,
    OrderConsignmentGetEmailCreate,
    OrderConsignmentGetEmailUpdate,
)
from .pickup_consignment_get import (
    PickupConsignmentGet,
    PickupConsignmentGetCreate,
    PickupConsignmentGetUpdate,
)
from .shipping_consignment_get import (
    ShippingConsignmentGet,
    ShippingConsignmentGetCreate,
    ShippingConsignmentGetUpdate,
)


class OrderConsignmentGet(ApiModel):
    """`OrderConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    pickups: list[PickupConsignmentGet] | None = None
    shipping: list[ShippingConsignmentGet] | None = None
    downloads: list[DigitalConsignmentGet] | None = None
    email: OrderConsignmentGetEmail | None = None


@with_config(REQUEST_CONFIG)
class OrderConsignmentGetCreate(TypedDict, total=False):
    """The fields to create a `OrderConsignmentGet` with; unknown keys are refused."""

    pickups: list[PickupConsignmentGetCreate]
    shipping: list[ShippingConsignmentGetCreate]
    downloads: list[DigitalConsignmentGetCreate]
    email: OrderConsignmentGetEmailCreate


@with_config(REQUEST_CONFIG)
class OrderConsignmentGetUpdate(TypedDict, total=False):
    """The fields to update a `OrderConsignmentGet` with; unknown keys are refused."""

    pickups: list[PickupConsignmentGetUpdate]
    shipping: list[ShippingConsignmentGetUpdate]
    downloads: list[DigitalConsignmentGetUpdate]
    email: OrderConsignmentGetEmailUpdate
