# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShipmentItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderShipmentItem(ApiModel):
    """`OrderShipmentItem`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    order_product_id: int | None = None
    """Required to create."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    quantity: int | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class OrderShipmentItemCreate(TypedDict, total=False):
    """The fields to create a `OrderShipmentItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    order_product_id: Required[int]
    quantity: Required[int]


@with_config(REQUEST_CONFIG)
class OrderShipmentItemUpdate(TypedDict, total=False):
    """The fields to update a `OrderShipmentItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    order_product_id: int
    quantity: int
