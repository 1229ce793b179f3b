# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `Site` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.channel_url import ChannelUrl


class Site(ApiModel):
    """`Site`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.sites`: `all`, `create`, `get`, `update`.
    """

    id: int
    url: str | None = None
    channel_id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    ssl_status: str | None = None
    """One of: `'dedicated'`, `'shared'`. Deprecated."""
    urls: list[ChannelUrl] | None = None
    is_checkout_url_customized: bool | None = None
