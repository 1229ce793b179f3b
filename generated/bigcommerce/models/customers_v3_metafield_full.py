# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomersV3MetafieldFull` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class CustomersV3MetafieldFull(ApiModel):
    """`CustomersV3MetafieldFull`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    key: str | None = None
    """Required to create."""
    value: str | None = None
    """Required to create."""
    namespace: str | None = None
    """Required to create."""
    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    description: str | None = None
    resource_type: str | None = None
    """Required to create. One of: `'category'`, `'brand'`, `'product'`, `'variant'`,
    `'customer'`.
    """
    resource_id: int | None = None
    """Required to create."""
    date_created: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
    date_modified: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
