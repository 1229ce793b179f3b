# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartPromotions` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.cart_promotions_banners import CartPromotionsBanners


class CartPromotions(ApiModel):
    """`CartPromotions`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    banners: CartPromotionsBanners | None = None
