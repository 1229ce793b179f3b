# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `AdjustersFull` model."""

from __future__ import annotations

from .._model import ApiModel
from .adjuster_full import AdjusterFull
from .adjusters_full_purchasing_disabled import AdjustersFullPurchasingDisabled


class AdjustersFull(ApiModel):
    """`AdjustersFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    price: AdjusterFull | None = None
    weight: AdjusterFull | None = None
    image_url: str | None = None
    purchasing_disabled: AdjustersFullPurchasingDisabled | None = None
