# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductOption` model."""

from __future__ import annotations

from .._model import ApiModel


class ProductOption(ApiModel):
    """`ProductOption`: an object of the v2 `ProductOptions` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    option_id: int | None = None
    display_name: str | None = None
    sort_order: int | None = None
    is_required: bool | None = None
