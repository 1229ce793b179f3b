# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Pickup` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .pickup_item import PickupItem, PickupItemCreate, PickupItemUpdate


class Pickup(ApiModel):
    """`Pickup`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    pickup_method_id: int | None = None
    order_id: int | None = None
    ready_at: _dt.datetime | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    pickup_items: list[PickupItem] | None = None


@with_config(REQUEST_CONFIG)
class PickupCreate(TypedDict, total=False):
    """The fields to create a `Pickup` with; unknown keys are refused."""

    id: int
    pickup_method_id: int
    order_id: int
    ready_at: _dt.datetime | str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
    pickup_items: list[PickupItemCreate]


@with_config(REQUEST_CONFIG)
class PickupUpdate(TypedDict, total=False):
    """The fields to update a `Pickup` with; unknown keys are refused."""

    id: int
    pickup_method_id: int
    order_id: int
    ready_at: _dt.datetime | str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
    pickup_items: list[PickupItemUpdate]
