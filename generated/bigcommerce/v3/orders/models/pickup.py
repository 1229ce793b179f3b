# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Pickup` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .pickup_item import PickupItem


class Pickup(ApiModel):
    """`Pickup`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.orders.pickups`: `all`, `create_many`, `update_many`.
    """

    id: int
    pickup_method_id: int | None = None
    """At least 1."""
    order_id: int | None = None
    """At least 1."""
    ready_at: _dt.datetime | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    pickup_items: list[PickupItem] | None = None
