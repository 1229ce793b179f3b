# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `VariantMetafield` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class VariantMetafield(ApiModel):
    """`VariantMetafield`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.variants.metafields`: `all`, `create_many`,
    `update_many`.
    """

    id: int
    key: str | None = None
    """From 1 to 64 characters."""
    value: str | None = None
    """From 1 to 65535 characters."""
    namespace: str | None = None
    """From 1 to 64 characters."""
    permission_set: str | None = None
    """One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    resource_type: str | None = None
    """One of: `'brand'`, `'product'`, `'variant'`, `'category'`, `'cart'`, `'channel'`,
    `'location'`, `'order'`, `'customer'`.
    """
    resource_id: int | None = None
    description: str | None = None
    """At most 255 characters."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None
