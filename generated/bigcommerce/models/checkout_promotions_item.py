# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutPromotionsItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .checkout_promotions_item_banners_item import CheckoutPromotionsItemBannersItem


class CheckoutPromotionsItem(ApiModel):
    """`CheckoutPromotionsItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    banners: list[CheckoutPromotionsItemBannersItem] | None = None
