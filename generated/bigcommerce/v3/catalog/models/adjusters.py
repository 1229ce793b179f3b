# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Adjusters` model."""

from __future__ import annotations

from ...._model import ApiModel
from .adjuster import Adjuster
from .adjusters_purchasing_disabled import AdjustersPurchasingDisabled


class Adjusters(ApiModel):
    """`Adjusters`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    price: Adjuster | None = None
    weight: Adjuster | None = None
    image_url: str | None = None
    purchasing_disabled: AdjustersPurchasingDisabled | None = None
