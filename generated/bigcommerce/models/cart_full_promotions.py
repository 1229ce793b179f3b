# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullPromotions` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_full_promotions_banners import (
    CartFullPromotionsBanners,
    CartFullPromotionsBannersCreate,
    CartFullPromotionsBannersUpdate,
)


class CartFullPromotions(ApiModel):
    """`CartFullPromotions`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    banners: CartFullPromotionsBanners | None = None


@with_config(REQUEST_CONFIG)
class CartFullPromotionsCreate(TypedDict, total=False):
    """The fields to create a `CartFullPromotions` with; unknown keys are refused."""

    banners: CartFullPromotionsBannersCreate


@with_config(REQUEST_CONFIG)
class CartFullPromotionsUpdate(TypedDict, total=False):
    """The fields to update a `CartFullPromotions` with; unknown keys are refused."""

    banners: CartFullPromotionsBannersUpdate
