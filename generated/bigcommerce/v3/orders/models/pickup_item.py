# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupItem` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class PickupItem(ApiModel):
    """`PickupItem`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept.
    """

    id: int
    """At least 1."""
    order_product_id: int | None = None
    """At least 1."""
    quantity: int | None = None
    """At least 1."""
    status: str | None = None
    """One of: `'AWAITING_COLLECTION'`, `'COLLECTED'`."""
    collected_at: _dt.datetime | None = None
    """May be null."""
