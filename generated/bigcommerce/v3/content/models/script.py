# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Script` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Script(ApiModel):
    """`Script`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.scripts`: `all`, `create`, `get`, `update`.
    """

    name: str | None = None
    """From 1 to 255 characters."""
    uuid: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    description: str | None = None
    html: str | None = None
    """At most 65536 characters."""
    src: str | None = None
    auto_uninstall: bool | None = None
    load_method: str | None = None
    """One of: `'default'`, `'async'`, `'defer'`."""
    location: str | None = None
    """One of: `'head'`, `'footer'`."""
    visibility: str | None = None
    """One of: `'storefront'`, `'all_pages'`, `'checkout'`, `'order_confirmation'`."""
    kind: str | None = None
    """One of: `'src'`, `'script_tag'`."""
    api_client_id: str | None = None
    consent_category: str | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""
    enabled: bool | None = None
    channel_id: int | None = None
    """At least 1."""
    integrity_hashes: list[str] | None = None
