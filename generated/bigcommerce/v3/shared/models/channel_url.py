# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ChannelUrl` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ChannelUrl(ApiModel):
    """`ChannelUrl`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    url: str | None = None
    type: str | None = None
    """One of: `'checkout'`, `'primary'`, `'canonical'`."""
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
