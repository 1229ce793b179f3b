# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelSite` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from ...shared.models.channel_url import ChannelUrl


class ChannelSite(ApiModel):
    """`ChannelSite`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.channels.site`: `create`, `get`, `update`;
    `api.channels.site.checkout_url`: `update`.
    """

    id: int
    url: str | None = None
    channel_id: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    ssl_status: str | None = None
    """One of: `'dedicated'`, `'shared'`."""
    urls: list[ChannelUrl] | None = None
    is_checkout_url_customized: bool | None = None
