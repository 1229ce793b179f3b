# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `VariantOptionValue` model."""

from __future__ import annotations

from ...._model import ApiModel


class VariantOptionValue(ApiModel):
    """`VariantOptionValue`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    option_display_name: str | None = None
    """Required to create. From 1 to 255 characters."""
    label: str | None = None
    """Required to create. From 1 to 255 characters."""
    id: int
    option_id: int | None = None
