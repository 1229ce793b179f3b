# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `AvailableItem` model."""

from __future__ import annotations

from ...._model import ApiModel


class AvailableItem(ApiModel):
    """`AvailableItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    variant_id: int | None = None
    quantity: int | None = None
