# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Subscriber` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Subscriber(ApiModel):
    """`Subscriber`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.customers.subscribers`: `all`, `create`, `get`, `update`.
    """

    email: str | None = None
    """Required to create."""
    first_name: str | None = None
    """At most 255 characters."""
    last_name: str | None = None
    """At most 255 characters."""
    source: str | None = None
    """At most 255 characters."""
    order_id: int | None = None
    """May be null. From 1 to 2147483647."""
    channel_id: int | None = None
    """From 1 to 2147483647."""
    consents: list[str] | None = None
    """One of: `'marketing_newsletter'`, `'abandoned_cart'`."""
    id: int
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None
