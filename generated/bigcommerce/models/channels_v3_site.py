# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelsV3Site` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel
from .channels_v3_url import ChannelsV3Url


class ChannelsV3Site(ApiModel):
    """`ChannelsV3Site`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    url: str | None = None
    channel_id: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    ssl_status: str | None = None
    """One of: `'dedicated'`, `'shared'`."""
    urls: list[ChannelsV3Url] | None = None
    is_checkout_url_customized: bool | None = None
