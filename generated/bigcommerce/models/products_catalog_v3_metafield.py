# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ProductsCatalogV3Metafield` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class ProductsCatalogV3Metafield(ApiModel):
    """`ProductsCatalogV3Metafield`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    namespace: str | None = None
    """Required to create and update."""
    key: str | None = None
    """Required to create and update."""
    value: str | None = None
    """Required to create and update."""
    description: str | None = None
    """Required to create and update."""
    resource_type: str | None = None
    """Required to create and update. One of: `'brand'`, `'product'`, `'variant'`, `'category'`,
    `'cart'`, `'channel'`, `'location'`, `'order'`, `'customer'`.
    """
    resource_id: int | None = None
    """Read-only: set by the API, never sent."""
    id: int
    """Required to create and update."""
    date_created: _dt.datetime | None = None
    """Required to create and update."""
    date_modified: _dt.datetime | None = None
    """Required to create and update."""
    owner_client_id: str | None = None
    """Read-only: set by the API, never sent."""
