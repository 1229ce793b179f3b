# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `Listing` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .channel_product_variant import ChannelProductVariant


class Listing(ApiModel):
    """`Listing`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.channels.listings`: `all`, `create_many`, `get`, `update_many`.
    """

    channel_id: int | None = None
    listing_id: int | None = None
    """At least 1."""
    external_id: str | None = None
    product_id: int | None = None
    state: str | None = None
    """One of: `'active'`, `'disabled'`, `'error'`, `'pending'`, `'pending_disable'`,
    `'pending_delete'`, `'partially_rejected'`, `'queued'`, `'rejected'`, `'submitted'`,
    `'deleted'`.
    """
    name: str | None = None
    description: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    variants: list[ChannelProductVariant] | None = None
