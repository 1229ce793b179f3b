# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `Property` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Property(ApiModel):
    """`Property`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.tax.properties`: `all`, `create_many`, `update_many`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    code: str | None = None
    display_name: str | None = None
    description: str | None = None
    created_at: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
    updated_at: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
    type: str | None = None
    """One of: `'PRODUCT'`, `'CUSTOMER'`."""
