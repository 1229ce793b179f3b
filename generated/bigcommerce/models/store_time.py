# Generated from spec/v2/time.yaml by codegen (`make generate`); do not edit.
"""The `StoreTime` model."""

from __future__ import annotations

from .._model import ApiModel


class StoreTime(ApiModel):
    """`StoreTime`: an object of the v2 `Time` resource. Every field is optional; unknown fields
    are kept.
    """

    time: int | None = None
    """Read-only: set by the API, never sent."""
