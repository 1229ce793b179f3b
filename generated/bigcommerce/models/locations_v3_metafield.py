# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationsV3Metafield` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class LocationsV3Metafield(ApiModel):
    """`LocationsV3Metafield`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    key: str | None = None
    """Required to create."""
    value: str | None = None
    """Required to create."""
    namespace: str | None = None
    """Required to create."""
    permission_set: str | None = None
    """Required to create. One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    description: str | None = None
    resource_type: str | None = None
    """One of: `'location'`."""
    resource_id: int | None = None
    """Read-only: set by the API, never sent."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None
    """Read-only: set by the API, never sent."""
