# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreStorefrontLimits` model."""

from __future__ import annotations

from .._model import ApiModel


class StoreStorefrontLimits(ApiModel):
    """`StoreStorefrontLimits`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    active: int | None = None
    """Read-only: set by the API, never sent."""
    total_including_inactive: int | None = None
    """Read-only: set by the API, never sent."""
