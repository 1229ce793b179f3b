# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelProductVariant` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ChannelProductVariant(ApiModel):
    """`ChannelProductVariant`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    channel_id: int | None = None
    product_id: int | None = None
    variant_id: int | None = None
    external_id: str | None = None
    state: str | None = None
    """One of: `'active'`, `'disabled'`, `'error'`, `'pending'`, `'pending_disable'`,
    `'pending_delete'`, `'queued'`, `'rejected'`, `'submitted'`, `'deleted'`.
    """
    name: str | None = None
    description: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
