# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutPromotion` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.cart_promotions_banners import CartPromotionsBanners


class CheckoutPromotion(ApiModel):
    """`CheckoutPromotion`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    banners: list[CartPromotionsBanners] | None = None
