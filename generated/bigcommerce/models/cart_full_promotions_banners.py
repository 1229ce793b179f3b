# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullPromotionsBanners` model."""

from __future__ import annotations

from .._model import ApiModel


class CartFullPromotionsBanners(ApiModel):
    """`CartFullPromotionsBanners`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    type: str | None = None
    page: list[str] | None = None
    text: str | None = None
