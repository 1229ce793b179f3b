# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupItem` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PickupItem(ApiModel):
    """`PickupItem`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    order_product_id: int | None = None
    quantity: int | None = None
    status: str | None = None
    collected_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class PickupItemCreate(TypedDict, total=False):
    """The fields to create a `PickupItem` with; unknown keys are refused."""

    id: int
    order_product_id: int
    quantity: int
    status: Literal["AWAITING_COLLECTION", "COLLECTED"]
    collected_at: _dt.datetime | str | None


@with_config(REQUEST_CONFIG)
class PickupItemUpdate(TypedDict, total=False):
    """The fields to update a `PickupItem` with; unknown keys are refused."""

    id: int
    order_product_id: int
    quantity: int
    status: Literal["AWAITING_COLLECTION", "COLLECTED"]
    collected_at: _dt.datetime | str | None
