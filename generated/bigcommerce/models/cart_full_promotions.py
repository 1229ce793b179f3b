# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullPromotions` model."""

from __future__ import annotations

from .._model import ApiModel
from .cart_full_promotions_banners import CartFullPromotionsBanners


class CartFullPromotions(ApiModel):
    """`CartFullPromotions`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    banners: CartFullPromotionsBanners | None = None
