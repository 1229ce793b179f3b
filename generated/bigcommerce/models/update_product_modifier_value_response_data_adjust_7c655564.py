# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled` model."""

from __future__ import annotations

from .._model import ApiModel


class UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled(ApiModel):
    """`UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled`: an object of the v3
    API. Every field is optional; unknown fields are kept.
    """

    status: bool | None = None
    message: str | None = None
