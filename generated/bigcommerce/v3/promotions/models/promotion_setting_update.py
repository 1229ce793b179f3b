# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `PromotionSettingUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PromotionSettingUpdate(ApiModel):
    """`PromotionSettingUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.promotions.settings`: `get`, `update`.
    """

    promotions_apply_on_products_with_custom_product_price: bool | None = None
    """Required to create and update."""
    promotions_triggered_by_products_with_zero_product_price: bool | None = None
    """Required to create and update."""
    number_of_coupons_allowed_at_checkout: int | None = None
    """Required to create and update. From 1 to 5. Default `1`."""
    promotions_applied_on_original_product_price: bool | None = None
    """Required to create and update. Default `true`."""


@with_config(REQUEST_CONFIG)
class PromotionSettingUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    promotions_apply_on_products_with_custom_product_price: Required[bool]
    promotions_triggered_by_products_with_zero_product_price: Required[bool]
    number_of_coupons_allowed_at_checkout: Required[int]
    """From 1 to 5. Default `1`."""
    promotions_applied_on_original_product_price: Required[bool]
    """Default `true`."""
