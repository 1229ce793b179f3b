# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Metafield` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Metafield(ApiModel):
    """`Metafield`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by 50 calls of 9 resources, such as `api.catalog.brands.metafields.all`.
    """

    permission_set: str | None = None
    """One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    namespace: str | None = None
    """From 1 to 64 characters."""
    key: str | None = None
    """From 1 to 64 characters."""
    value: str | None = None
    """From 1 to 65535 characters."""
    description: str | None = None
    """At most 255 characters."""
    resource_type: str | None = None
    """One of: `'brand'`, `'product'`, `'variant'`, `'category'`, `'cart'`, `'channel'`,
    `'location'`, `'order'`, `'customer'`.
    """
    resource_id: int | None = None
    """Read-only: set by the API, never sent."""
    id: int
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None
    """Read-only: set by the API, never sent."""
