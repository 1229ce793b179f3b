# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutPromotionsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_promotions_item_banners_item import (
    CheckoutPromotionsItemBannersItem,
    CheckoutPromotionsItemBannersItemCreate,
    CheckoutPromotionsItemBannersItemUpdate,
)


class CheckoutPromotionsItem(ApiModel):
    """`CheckoutPromotionsItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    banners: list[CheckoutPromotionsItemBannersItem] | None = None


@with_config(REQUEST_CONFIG)
class CheckoutPromotionsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutPromotionsItem` with; unknown keys are refused."""

    banners: list[CheckoutPromotionsItemBannersItemCreate]


@with_config(REQUEST_CONFIG)
class CheckoutPromotionsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutPromotionsItem` with; unknown keys are refused."""

    banners: list[CheckoutPromotionsItemBannersItemUpdate]
