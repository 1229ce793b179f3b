# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `AdjustersPurchasingDisabled` model."""

from __future__ import annotations

from ...._model import ApiModel


class AdjustersPurchasingDisabled(ApiModel):
    """`AdjustersPurchasingDisabled`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    status: bool | None = None
    message: str | None = None
