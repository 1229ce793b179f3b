# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `promotions` models, loaded on first use: `from bigcommerce.v3.promotions import
SavedCouponPromotion`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.currency import Currency
    from .models.action import Action
    from .models.action_cart_items import ActionCartItems
    from .models.action_cart_value import ActionCartValue
    from .models.action_fixed_price_set import ActionFixedPriceSet
    from .models.action_gift import ActionGift
    from .models.action_shipping import ActionShipping
    from .models.address_matcher import AddressMatcher
    from .models.availability_by_week_day import AvailabilityByWeekDay
    from .models.bulk_coupon_codes_data import BulkCouponCodesData
    from .models.cart_condition import CartCondition
    from .models.cart_condition_cart import CartConditionCart
    from .models.channel import Channel
    from .models.condition import Condition
    from .models.country_address_matcher import CountryAddressMatcher
    from .models.country_rule_info import CountryRuleInfo
    from .models.coupon_code import CouponCode
    from .models.customer_segment_id_limitation import CustomerSegmentIdLimitation
    from .models.customer_segment_limitation import CustomerSegmentLimitation
    from .models.customer_segment_limitation_and import CustomerSegmentLimitationAnd
    from .models.customer_segment_limitation_not import CustomerSegmentLimitationNot
    from .models.discount import Discount
    from .models.item_matcher import ItemMatcher
    from .models.item_matcher_and import ItemMatcherAnd
    from .models.item_matcher_not import ItemMatcherNot
    from .models.item_matcher_product_custom_field import ItemMatcherProductCustomField
    from .models.item_matcher_product_option import ItemMatcherProductOption
    from .models.notification import Notification
    from .models.promotion_code_create import PromotionCodeCreate
    from .models.promotion_codegen import PromotionCodegen
    from .models.promotion_create import PromotionCreate
    from .models.promotion_customer import PromotionCustomer
    from .models.promotion_setting_update import PromotionSettingUpdate, PromotionSettingUpdateBody
    from .models.promotion_update import PromotionUpdate
    from .models.rule import Rule
    from .models.saved_coupon_promotion import SavedCouponPromotion
    from .models.saved_coupon_promotion_multiple_codes import SavedCouponPromotionMultipleCodes
    from .models.simple_item_matcher import SimpleItemMatcher

#: public name -> (model module, its name there)
_EXPORTS = {
    "Action": (".models.action", "Action"),
    "ActionCartItems": (".models.action_cart_items", "ActionCartItems"),
    "ActionCartValue": (".models.action_cart_value", "ActionCartValue"),
    "ActionFixedPriceSet": (".models.action_fixed_price_set", "ActionFixedPriceSet"),
    "ActionGift": (".models.action_gift", "ActionGift"),
    "ActionShipping": (".models.action_shipping", "ActionShipping"),
    "AddressMatcher": (".models.address_matcher", "AddressMatcher"),
    "AvailabilityByWeekDay": (".models.availability_by_week_day", "AvailabilityByWeekDay"),
    "BulkCouponCodesData": (".models.bulk_coupon_codes_data", "BulkCouponCodesData"),
    "CartCondition": (".models.cart_condition", "CartCondition"),
    "CartConditionCart": (".models.cart_condition_cart", "CartConditionCart"),
    "Channel": (".models.channel", "Channel"),
    "Condition": (".models.condition", "Condition"),
    "CountryAddressMatcher": (".models.country_address_matcher", "CountryAddressMatcher"),
    "CountryRuleInfo": (".models.country_rule_info", "CountryRuleInfo"),
    "CouponCode": (".models.coupon_code", "CouponCode"),
    "Currency": ("..shared.models.currency", "Currency"),
    "CustomerSegmentIdLimitation": (
        ".models.customer_segment_id_limitation",
        "CustomerSegmentIdLimitation",
    ),
    "CustomerSegmentLimitation": (
        ".models.customer_segment_limitation",
        "CustomerSegmentLimitation",
    ),
    "CustomerSegmentLimitationAnd": (
        ".models.customer_segment_limitation_and",
        "CustomerSegmentLimitationAnd",
    ),
    "CustomerSegmentLimitationNot": (
        ".models.customer_segment_limitation_not",
        "CustomerSegmentLimitationNot",
    ),
    "Discount": (".models.discount", "Discount"),
    "ItemMatcher": (".models.item_matcher", "ItemMatcher"),
    "ItemMatcherAnd": (".models.item_matcher_and", "ItemMatcherAnd"),
    "ItemMatcherNot": (".models.item_matcher_not", "ItemMatcherNot"),
    "ItemMatcherProductCustomField": (
        ".models.item_matcher_product_custom_field",
        "ItemMatcherProductCustomField",
    ),
    "ItemMatcherProductOption": (".models.item_matcher_product_option", "ItemMatcherProductOption"),
    "Notification": (".models.notification", "Notification"),
    "PromotionCodeCreate": (".models.promotion_code_create", "PromotionCodeCreate"),
    "PromotionCodegen": (".models.promotion_codegen", "PromotionCodegen"),
    "PromotionCreate": (".models.promotion_create", "PromotionCreate"),
    "PromotionCustomer": (".models.promotion_customer", "PromotionCustomer"),
    "PromotionSettingUpdate": (".models.promotion_setting_update", "PromotionSettingUpdate"),
    "PromotionSettingUpdateBody": (
        ".models.promotion_setting_update",
        "PromotionSettingUpdateBody",
    ),
    "PromotionUpdate": (".models.promotion_update", "PromotionUpdate"),
    "Rule": (".models.rule", "Rule"),
    "SavedCouponPromotion": (".models.saved_coupon_promotion", "SavedCouponPromotion"),
    "SavedCouponPromotionMultipleCodes": (
        ".models.saved_coupon_promotion_multiple_codes",
        "SavedCouponPromotionMultipleCodes",
    ),
    "SimpleItemMatcher": (".models.simple_item_matcher", "SimpleItemMatcher"),
}

__all__ = [
    "Action",
    "ActionCartItems",
    "ActionCartValue",
    "ActionFixedPriceSet",
    "ActionGift",
    "ActionShipping",
    "AddressMatcher",
    "AvailabilityByWeekDay",
    "BulkCouponCodesData",
    "CartCondition",
    "CartConditionCart",
    "Channel",
    "Condition",
    "CountryAddressMatcher",
    "CountryRuleInfo",
    "CouponCode",
    "Currency",
    "CustomerSegmentIdLimitation",
    "CustomerSegmentLimitation",
    "CustomerSegmentLimitationAnd",
    "CustomerSegmentLimitationNot",
    "Discount",
    "ItemMatcher",
    "ItemMatcherAnd",
    "ItemMatcherNot",
    "ItemMatcherProductCustomField",
    "ItemMatcherProductOption",
    "Notification",
    "PromotionCodeCreate",
    "PromotionCodegen",
    "PromotionCreate",
    "PromotionCustomer",
    "PromotionSettingUpdate",
    "PromotionSettingUpdateBody",
    "PromotionUpdate",
    "Rule",
    "SavedCouponPromotion",
    "SavedCouponPromotionMultipleCodes",
    "SimpleItemMatcher",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
