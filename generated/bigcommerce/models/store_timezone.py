# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreTimezone` model."""

from __future__ import annotations

from .._model import ApiModel
from .store_date_format import StoreDateFormat


class StoreTimezone(ApiModel):
    """`StoreTimezone`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Read-only: set by the API, never sent."""
    raw_offset: int | None = None
    """Read-only: set by the API, never sent."""
    dst_offset: int | None = None
    """Read-only: set by the API, never sent."""
    dst_correction: bool | None = None
    """Read-only: set by the API, never sent."""
    date_format: StoreDateFormat | None = None
    """Read-only: set by the API, never sent."""
