# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemLocationSettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class ItemLocationSettings(ApiModel):
    """`ItemLocationSettings`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    safety_stock: int | None = None
    is_in_stock: bool | None = None
    warning_level: int | None = None
    bin_picking_number: str | None = None
