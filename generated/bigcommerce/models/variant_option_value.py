# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `VariantOptionValue` model."""

from __future__ import annotations

from .._model import ApiModel


class VariantOptionValue(ApiModel):
    """`VariantOptionValue`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    option_display_name: str | None = None
    label: str | None = None
    id: int | None = None
    option_id: int | None = None
