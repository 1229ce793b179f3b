# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreDateFormat` model."""

from __future__ import annotations

from .._model import ApiModel


class StoreDateFormat(ApiModel):
    """`StoreDateFormat`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    display: str | None = None
    """Read-only: set by the API, never sent."""
    export: str | None = None
    """Read-only: set by the API, never sent."""
    extended_display: str | None = None
    """Read-only: set by the API, never sent."""
