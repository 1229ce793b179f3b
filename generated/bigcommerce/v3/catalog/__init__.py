# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `catalog` models, loaded on first use: `from bigcommerce.v3.catalog import
Brand`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import ProductIncludeField
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create import MetafieldCreate, MetafieldUpdate
    from ..shared.models.metafield_create_many_item import MetafieldCreateManyItem
    from ..shared.models.metafield_update_many_item import MetafieldUpdateManyItem
    from .models.adjuster import Adjuster
    from .models.adjusters import Adjusters
    from .models.adjusters_purchasing_disabled import AdjustersPurchasingDisabled
    from .models.brand import Brand
    from .models.brand_create_body import BrandCreate
    from .models.brand_create_custom_url import BrandCreateCustomUrl
    from .models.brand_image_create import BrandImageCreate
    from .models.brand_metafield_update import BrandMetafieldUpdate
    from .models.brand_update_body import BrandUpdate
    from .models.bulk_pricing_rule import BulkPricingRule
    from .models.category import Category
    from .models.category_create_body import CategoryCreate
    from .models.category_create_custom_url import CategoryCreateCustomUrl
    from .models.category_node import CategoryNode
    from .models.category_tree_url import CategoryTreeUrl
    from .models.category_update_body import CategoryUpdate
    from .models.complex_rule import ComplexRule
    from .models.complex_rule_condition import ComplexRuleCondition
    from .models.custom_field import CustomField
    from .models.custom_url import CustomUrl
    from .models.get_categories import GetCategories
    from .models.image_url import ImageUrl
    from .models.meta import Meta
    from .models.modifier_adjusters_purchasing_disabled import ModifierAdjustersPurchasingDisabled
    from .models.modifier_value_create import ModifierValueCreate
    from .models.modifier_value_create_adjusters import ModifierValueCreateAdjusters
    from .models.modifier_value_update import ModifierValueUpdate
    from .models.option_value import OptionValue
    from .models.option_value_create_body import OptionValueCreate
    from .models.option_value_update_body import OptionValueUpdate
    from .models.parent_relation import ParentRelation
    from .models.product import Product
    from .models.product_bulk_pricing_rule_create import ProductBulkPricingRuleCreate
    from .models.product_bulk_pricing_rule_update import ProductBulkPricingRuleUpdate
    from .models.product_category_assignment_update_many_item import (
        ProductCategoryAssignmentUpdateManyBody,
        ProductCategoryAssignmentUpdateManyItem,
    )
    from .models.product_channel_assignment_update_many_item import (
        ProductChannelAssignmentUpdateManyBody,
        ProductChannelAssignmentUpdateManyItem,
    )
    from .models.product_complex_rule_create import ProductComplexRuleCreate
    from .models.product_complex_rule_create_condition import ProductComplexRuleCreateCondition
    from .models.product_complex_rule_create_price_adjuster import (
        ProductComplexRuleCreatePriceAdjuster,
    )
    from .models.product_complex_rule_update import ProductComplexRuleUpdate
    from .models.product_complex_rule_update_condition import ProductComplexRuleUpdateCondition
    from .models.product_create_body import ProductCreate
    from .models.product_create_option_value_adjusters import ProductCreateOptionValueAdjusters
    from .models.product_create_option_value_adjusters_price import (
        ProductCreateOptionValueAdjustersPrice,
    )
    from .models.product_custom_field import ProductCustomField
    from .models.product_custom_field_create_body import ProductCustomFieldCreate
    from .models.product_custom_field_update_body import ProductCustomFieldUpdate
    from .models.product_image import ProductImage
    from .models.product_image_create_body import ProductImageCreate, ProductImageUpdate
    from .models.product_modifier import ProductModifier
    from .models.product_modifier_create import ProductModifierCreate
    from .models.product_modifier_create_option_value import ProductModifierCreateOptionValue
    from .models.product_modifier_option_value import ProductModifierOptionValue
    from .models.product_modifier_update import ProductModifierUpdate
    from .models.product_modifier_update_option_value import ProductModifierUpdateOptionValue
    from .models.product_option import ProductOption
    from .models.product_option_base import ProductOptionBase
    from .models.product_option_config import ProductOptionConfig
    from .models.product_option_create_body import ProductOptionCreate
    from .models.product_option_create_config import ProductOptionCreateConfig
    from .models.product_option_create_option_value import ProductOptionCreateOptionValue
    from .models.product_option_update_body import ProductOptionUpdate
    from .models.product_primary_image import ProductPrimaryImage
    from .models.product_review import ProductReview
    from .models.product_review_create_body import ProductReviewCreate, ProductReviewUpdate
    from .models.product_sort_order_update_many_item import (
        ProductSortOrderUpdateManyItem,
        ProductSortOrderUpdateManyItemBody,
    )
    from .models.product_update_body import ProductUpdate
    from .models.product_update_many_item import ProductUpdateManyItem
    from .models.product_update_option_value_adjusters import ProductUpdateOptionValueAdjusters
    from .models.product_variant import ProductVariant
    from .models.product_variant_create import ProductVariantCreate
    from .models.product_variant_option_value import ProductVariantOptionValue
    from .models.product_variant_option_value_option_value import (
        ProductVariantOptionValueOptionValue,
    )
    from .models.product_variant_response import ProductVariantResponse
    from .models.product_variant_update import ProductVariantUpdate
    from .models.product_video import ProductVideo
    from .models.product_video_create_body import ProductVideoCreate
    from .models.product_video_update_body import ProductVideoUpdate
    from .models.success_no_content import SuccessNoContent
    from .models.summary import Summary
    from .models.tree_category_create_many_item import TreeCategoryCreateManyItem
    from .models.tree_category_update_many_item import TreeCategoryUpdateManyItem
    from .models.tree_upsert_item import TreeUpsertItem, TreeUpsertItemBody
    from .models.url import Url
    from .models.variant import Variant
    from .models.variant_image_create import VariantImageCreate
    from .models.variant_option_value import VariantOptionValue
    from .models.variant_update_many_item import VariantUpdateManyItem

#: public name -> (model module, its name there)
_EXPORTS = {
    "Adjuster": (".models.adjuster", "Adjuster"),
    "Adjusters": (".models.adjusters", "Adjusters"),
    "AdjustersPurchasingDisabled": (
        ".models.adjusters_purchasing_disabled",
        "AdjustersPurchasingDisabled",
    ),
    "Brand": (".models.brand", "Brand"),
    "BrandCreate": (".models.brand_create_body", "BrandCreate"),
    "BrandCreateCustomUrl": (".models.brand_create_custom_url", "BrandCreateCustomUrl"),
    "BrandImageCreate": (".models.brand_image_create", "BrandImageCreate"),
    "BrandMetafieldUpdate": (".models.brand_metafield_update", "BrandMetafieldUpdate"),
    "BrandUpdate": (".models.brand_update_body", "BrandUpdate"),
    "BulkPricingRule": (".models.bulk_pricing_rule", "BulkPricingRule"),
    "Category": (".models.category", "Category"),
    "CategoryCreate": (".models.category_create_body", "CategoryCreate"),
    "CategoryCreateCustomUrl": (".models.category_create_custom_url", "CategoryCreateCustomUrl"),
    "CategoryNode": (".models.category_node", "CategoryNode"),
    "CategoryTreeUrl": (".models.category_tree_url", "CategoryTreeUrl"),
    "CategoryUpdate": (".models.category_update_body", "CategoryUpdate"),
    "ComplexRule": (".models.complex_rule", "ComplexRule"),
    "ComplexRuleCondition": (".models.complex_rule_condition", "ComplexRuleCondition"),
    "CustomField": (".models.custom_field", "CustomField"),
    "CustomUrl": (".models.custom_url", "CustomUrl"),
    "GetCategories": (".models.get_categories", "GetCategories"),
    "ImageUrl": (".models.image_url", "ImageUrl"),
    "Meta": (".models.meta", "Meta"),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreate": ("..shared.models.metafield_create", "MetafieldCreate"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItem",
    ),
    "MetafieldUpdate": ("..shared.models.metafield_create", "MetafieldUpdate"),
    "MetafieldUpdateManyItem": (
        "..shared.models.metafield_update_many_item",
        "MetafieldUpdateManyItem",
    ),
    "ModifierAdjustersPurchasingDisabled": (
        ".models.modifier_adjusters_purchasing_disabled",
        "ModifierAdjustersPurchasingDisabled",
    ),
    "ModifierValueCreate": (".models.modifier_value_create", "ModifierValueCreate"),
    "ModifierValueCreateAdjusters": (
        ".models.modifier_value_create_adjusters",
        "ModifierValueCreateAdjusters",
    ),
    "ModifierValueUpdate": (".models.modifier_value_update", "ModifierValueUpdate"),
    "OptionValue": (".models.option_value", "OptionValue"),
    "OptionValueCreate": (".models.option_value_create_body", "OptionValueCreate"),
    "OptionValueUpdate": (".models.option_value_update_body", "OptionValueUpdate"),
    "ParentRelation": (".models.parent_relation", "ParentRelation"),
    "Product": (".models.product", "Product"),
    "ProductBulkPricingRuleCreate": (
        ".models.product_bulk_pricing_rule_create",
        "ProductBulkPricingRuleCreate",
    ),
    "ProductBulkPricingRuleUpdate": (
        ".models.product_bulk_pricing_rule_update",
        "ProductBulkPricingRuleUpdate",
    ),
    "ProductCategoryAssignmentUpdateManyBody": (
        ".models.product_category_assignment_update_many_item",
        "ProductCategoryAssignmentUpdateManyBody",
    ),
    "ProductCategoryAssignmentUpdateManyItem": (
        ".models.product_category_assignment_update_many_item",
        "ProductCategoryAssignmentUpdateManyItem",
    ),
    "ProductChannelAssignmentUpdateManyBody": (
        ".models.product_channel_assignment_update_many_item",
        "ProductChannelAssignmentUpdateManyBody",
    ),
    "ProductChannelAssignmentUpdateManyItem": (
        ".models.product_channel_assignment_update_many_item",
        "ProductChannelAssignmentUpdateManyItem",
    ),
    "ProductComplexRuleCreate": (".models.product_complex_rule_create", "ProductComplexRuleCreate"),
    "ProductComplexRuleCreateCondition": (
        ".models.product_complex_rule_create_condition",
        "ProductComplexRuleCreateCondition",
    ),
    "ProductComplexRuleCreatePriceAdjuster": (
        ".models.product_complex_rule_create_price_adjuster",
        "ProductComplexRuleCreatePriceAdjuster",
    ),
    "ProductComplexRuleUpdate": (".models.product_complex_rule_update", "ProductComplexRuleUpdate"),
    "ProductComplexRuleUpdateCondition": (
        ".models.product_complex_rule_update_condition",
        "ProductComplexRuleUpdateCondition",
    ),
    "ProductCreate": (".models.product_create_body", "ProductCreate"),
    "ProductCreateOptionValueAdjusters": (
        ".models.product_create_option_value_adjusters",
        "ProductCreateOptionValueAdjusters",
    ),
    "ProductCreateOptionValueAdjustersPrice": (
        ".models.product_create_option_value_adjusters_price",
        "ProductCreateOptionValueAdjustersPrice",
    ),
    "ProductCustomField": (".models.product_custom_field", "ProductCustomField"),
    "ProductCustomFieldCreate": (
        ".models.product_custom_field_create_body",
        "ProductCustomFieldCreate",
    ),
    "ProductCustomFieldUpdate": (
        ".models.product_custom_field_update_body",
        "ProductCustomFieldUpdate",
    ),
    "ProductImage": (".models.product_image", "ProductImage"),
    "ProductImageCreate": (".models.product_image_create_body", "ProductImageCreate"),
    "ProductImageUpdate": (".models.product_image_create_body", "ProductImageUpdate"),
    "ProductIncludeField": ("..._enums", "ProductIncludeField"),
    "ProductModifier": (".models.product_modifier", "ProductModifier"),
    "ProductModifierCreate": (".models.product_modifier_create", "ProductModifierCreate"),
    "ProductModifierCreateOptionValue": (
        ".models.product_modifier_create_option_value",
        "ProductModifierCreateOptionValue",
    ),
    "ProductModifierOptionValue": (
        ".models.product_modifier_option_value",
        "ProductModifierOptionValue",
    ),
    "ProductModifierUpdate": (".models.product_modifier_update", "ProductModifierUpdate"),
    "ProductModifierUpdateOptionValue": (
        ".models.product_modifier_update_option_value",
        "ProductModifierUpdateOptionValue",
    ),
    "ProductOption": (".models.product_option", "ProductOption"),
    "ProductOptionBase": (".models.product_option_base", "ProductOptionBase"),
    "ProductOptionConfig": (".models.product_option_config", "ProductOptionConfig"),
    "ProductOptionCreate": (".models.product_option_create_body", "ProductOptionCreate"),
    "ProductOptionCreateConfig": (
        ".models.product_option_create_config",
        "ProductOptionCreateConfig",
    ),
    "ProductOptionCreateOptionValue": (
        ".models.product_option_create_option_value",
        "ProductOptionCreateOptionValue",
    ),
    "ProductOptionUpdate": (".models.product_option_update_body", "ProductOptionUpdate"),
    "ProductPrimaryImage": (".models.product_primary_image", "ProductPrimaryImage"),
    "ProductReview": (".models.product_review", "ProductReview"),
    "ProductReviewCreate": (".models.product_review_create_body", "ProductReviewCreate"),
    "ProductReviewUpdate": (".models.product_review_create_body", "ProductReviewUpdate"),
    "ProductSortOrderUpdateManyItem": (
        ".models.product_sort_order_update_many_item",
        "ProductSortOrderUpdateManyItem",
    ),
    "ProductSortOrderUpdateManyItemBody": (
        ".models.product_sort_order_update_many_item",
        "ProductSortOrderUpdateManyItemBody",
    ),
    "ProductUpdate": (".models.product_update_body", "ProductUpdate"),
    "ProductUpdateManyItem": (".models.product_update_many_item", "ProductUpdateManyItem"),
    "ProductUpdateOptionValueAdjusters": (
        ".models.product_update_option_value_adjusters",
        "ProductUpdateOptionValueAdjusters",
    ),
    "ProductVariant": (".models.product_variant", "ProductVariant"),
    "ProductVariantCreate": (".models.product_variant_create", "ProductVariantCreate"),
    "ProductVariantOptionValue": (
        ".models.product_variant_option_value",
        "ProductVariantOptionValue",
    ),
    "ProductVariantOptionValueOptionValue": (
        ".models.product_variant_option_value_option_value",
        "ProductVariantOptionValueOptionValue",
    ),
    "ProductVariantResponse": (".models.product_variant_response", "ProductVariantResponse"),
    "ProductVariantUpdate": (".models.product_variant_update", "ProductVariantUpdate"),
    "ProductVideo": (".models.product_video", "ProductVideo"),
    "ProductVideoCreate": (".models.product_video_create_body", "ProductVideoCreate"),
    "ProductVideoUpdate": (".models.product_video_update_body", "ProductVideoUpdate"),
    "SuccessNoContent": (".models.success_no_content", "SuccessNoContent"),
    "Summary": (".models.summary", "Summary"),
    "TreeCategoryCreateManyItem": (
        ".models.tree_category_create_many_item",
        "TreeCategoryCreateManyItem",
    ),
    "TreeCategoryUpdateManyItem": (
        ".models.tree_category_update_many_item",
        "TreeCategoryUpdateManyItem",
    ),
    "TreeUpsertItem": (".models.tree_upsert_item", "TreeUpsertItem"),
    "TreeUpsertItemBody": (".models.tree_upsert_item", "TreeUpsertItemBody"),
    "Url": (".models.url", "Url"),
    "Variant": (".models.variant", "Variant"),
    "VariantImageCreate": (".models.variant_image_create", "VariantImageCreate"),
    "VariantOptionValue": (".models.variant_option_value", "VariantOptionValue"),
    "VariantUpdateManyItem": (".models.variant_update_many_item", "VariantUpdateManyItem"),
}

__all__ = [
    "Adjuster",
    "Adjusters",
    "AdjustersPurchasingDisabled",
    "Brand",
    "BrandCreate",
    "BrandCreateCustomUrl",
    "BrandImageCreate",
    "BrandMetafieldUpdate",
    "BrandUpdate",
    "BulkPricingRule",
    "Category",
    "CategoryCreate",
    "CategoryCreateCustomUrl",
    "CategoryNode",
    "CategoryTreeUrl",
    "CategoryUpdate",
    "ComplexRule",
    "ComplexRuleCondition",
    "CustomField",
    "CustomUrl",
    "GetCategories",
    "ImageUrl",
    "Meta",
    "Metafield",
    "MetafieldCreate",
    "MetafieldCreateManyItem",
    "MetafieldUpdate",
    "MetafieldUpdateManyItem",
    "ModifierAdjustersPurchasingDisabled",
    "ModifierValueCreate",
    "ModifierValueCreateAdjusters",
    "ModifierValueUpdate",
    "OptionValue",
    "OptionValueCreate",
    "OptionValueUpdate",
    "ParentRelation",
    "Product",
    "ProductBulkPricingRuleCreate",
    "ProductBulkPricingRuleUpdate",
    "ProductCategoryAssignmentUpdateManyBody",
    "ProductCategoryAssignmentUpdateManyItem",
    "ProductChannelAssignmentUpdateManyBody",
    "ProductChannelAssignmentUpdateManyItem",
    "ProductComplexRuleCreate",
    "ProductComplexRuleCreateCondition",
    "ProductComplexRuleCreatePriceAdjuster",
    "ProductComplexRuleUpdate",
    "ProductComplexRuleUpdateCondition",
    "ProductCreate",
    "ProductCreateOptionValueAdjusters",
    "ProductCreateOptionValueAdjustersPrice",
    "ProductCustomField",
    "ProductCustomFieldCreate",
    "ProductCustomFieldUpdate",
    "ProductImage",
    "ProductImageCreate",
    "ProductImageUpdate",
    "ProductIncludeField",
    "ProductModifier",
    "ProductModifierCreate",
    "ProductModifierCreateOptionValue",
    "ProductModifierOptionValue",
    "ProductModifierUpdate",
    "ProductModifierUpdateOptionValue",
    "ProductOption",
    "ProductOptionBase",
    "ProductOptionConfig",
    "ProductOptionCreate",
    "ProductOptionCreateConfig",
    "ProductOptionCreateOptionValue",
    "ProductOptionUpdate",
    "ProductPrimaryImage",
    "ProductReview",
    "ProductReviewCreate",
    "ProductReviewUpdate",
    "ProductSortOrderUpdateManyItem",
    "ProductSortOrderUpdateManyItemBody",
    "ProductUpdate",
    "ProductUpdateManyItem",
    "ProductUpdateOptionValueAdjusters",
    "ProductVariant",
    "ProductVariantCreate",
    "ProductVariantOptionValue",
    "ProductVariantOptionValueOptionValue",
    "ProductVariantResponse",
    "ProductVariantUpdate",
    "ProductVideo",
    "ProductVideoCreate",
    "ProductVideoUpdate",
    "SuccessNoContent",
    "Summary",
    "TreeCategoryCreateManyItem",
    "TreeCategoryUpdateManyItem",
    "TreeUpsertItem",
    "TreeUpsertItemBody",
    "Url",
    "Variant",
    "VariantImageCreate",
    "VariantOptionValue",
    "VariantUpdateManyItem",
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
