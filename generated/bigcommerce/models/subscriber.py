# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Subscriber` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class Subscriber(ApiModel):
    """`Subscriber`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept.
    """

    email: str | None = None
    """Required to create."""
    first_name: str | None = None
    last_name: str | None = None
    source: str | None = None
    order_id: int | None = None
    """May be null."""
    channel_id: int | None = None
    consents: list[str] | None = None
    """One of: `'marketing_newsletter'`, `'abandoned_cart'`."""
    id: int
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None
