# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `catalog` models, loaded on first use: `from bigcommerce.v3.catalog import
Adjuster`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models._enums import ProductIncludeField
    from ..models.adjuster import Adjuster
    from ..models.adjusters import Adjusters
    from ..models.adjusters_purchasing_disabled import AdjustersPurchasingDisabled
    from ..models.brand_create_custom_url import BrandCreateCustomUrl
    from ..models.brand_image_create import BrandImageCreateCreate as BrandImageCreate
    from ..models.bulk_pricing_rule import BulkPricingRule
    from ..models.category_create_custom_url import CategoryCreateCustomUrl
    from ..models.category_node import CategoryNode
    from ..models.category_tree_url import CategoryTreeUrl
    from ..models.complex_rule import ComplexRule
    from ..models.complex_rule_condition import ComplexRuleCondition
    from ..models.config import Config
    from ..models.custom_field import CustomField
    from ..models.custom_url import CustomUrl
    from ..models.get_categories import GetCategories
    from ..models.image_url import ImageUrl
    from ..models.meta import Meta
    from ..models.metafield import Metafield
    from ..models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..models.metafield_update_many_item import (
        MetafieldUpdateManyItemUpdate as MetafieldUpdateManyItem,
    )
    from ..models.modifier_adjusters_purchasing_disabled import ModifierAdjustersPurchasingDisabled
    from ..models.modifier_value_create import ModifierValueCreateCreate as ModifierValueCreate
    from ..models.modifier_value_create_adjusters import ModifierValueCreateAdjusters
    from ..models.modifier_value_update import ModifierValueUpdateUpdate as ModifierValueUpdate
    from ..models.parent_relation import ParentRelation
    from ..models.product_bulk_pricing_rule_create import (
        ProductBulkPricingRuleCreateCreate as ProductBulkPricingRuleCreate,
    )
    from ..models.product_bulk_pricing_rule_update import (
        ProductBulkPricingRuleUpdateUpdate as ProductBulkPricingRuleUpdate,
    )
    from ..models.product_category_assignment_update_many_item import (
        ProductCategoryAssignmentUpdateManyItem,
    )
    from ..models.product_channel_assignment_update_many_item import (
        ProductChannelAssignmentUpdateManyItem,
    )
    from ..models.product_complex_rule_create import (
        ProductComplexRuleCreateCreate as ProductComplexRuleCreate,
    )
    from ..models.product_complex_rule_create_condition import ProductComplexRuleCreateCondition
    from ..models.product_complex_rule_create_price_adjuster import (
        ProductComplexRuleCreatePriceAdjuster,
    )
    from ..models.product_complex_rule_update import (
        ProductComplexRuleUpdateUpdate as ProductComplexRuleUpdate,
    )
    from ..models.product_complex_rule_update_condition import ProductComplexRuleUpdateCondition
    from ..models.product_create_option_value_adjusters import ProductCreateOptionValueAdjusters
    from ..models.product_create_option_value_adjusters_price import (
        ProductCreateOptionValueAdjustersPrice,
    )
    from ..models.product_image_data import ProductImageData
    from ..models.product_modifier import ProductModifier
    from ..models.product_modifier_alt import ProductModifierAlt
    from ..models.product_modifier_create_option_value import ProductModifierCreateOptionValue
    from ..models.product_modifier_data import ProductModifierData
    from ..models.product_modifier_option_value import ProductModifierOptionValue
    from ..models.product_modifier_response import ProductModifierResponse
    from ..models.product_modifier_response_config import ProductModifierResponseConfig
    from ..models.product_modifier_update_option_value import ProductModifierUpdateOptionValue
    from ..models.product_option_base import ProductOptionBase
    from ..models.product_option_config import ProductOptionConfig
    from ..models.product_option_create_config import ProductOptionCreateConfig
    from ..models.product_option_create_option_value import ProductOptionCreateOptionValue
    from ..models.product_option_data import ProductOptionData
    from ..models.product_option_data_config import ProductOptionDataConfig
    from ..models.product_sort_order_update_many_item import ProductSortOrderUpdateManyItem
    from ..models.product_update_many_item import (
        ProductUpdateManyItemUpdate as ProductUpdateManyItem,
    )
    from ..models.product_update_option_value_adjusters import ProductUpdateOptionValueAdjusters
    from ..models.product_variant import ProductVariant
    from ..models.product_variant_option_value import ProductVariantOptionValue
    from ..models.product_variant_option_value_option_value import (
        ProductVariantOptionValueOptionValue,
    )
    from ..models.product_variant_response import ProductVariantResponse
    from ..models.product_video_response import ProductVideoResponse
    from ..models.success_no_content import SuccessNoContent
    from ..models.summary import Summary
    from ..models.tree_category_create_many_item import (
        TreeCategoryCreateManyItemCreate as TreeCategoryCreateManyItem,
    )
    from ..models.tree_category_update_many_item import (
        TreeCategoryUpdateManyItemUpdate as TreeCategoryUpdateManyItem,
    )
    from ..models.tree_upsert_item import TreeUpsertItem
    from ..models.url import Url
    from ..models.v3_brand import Brand
    from ..models.v3_brand_create_body import V3BrandCreateBodyCreate as BrandCreate
    from ..models.v3_brand_metafield_update import (
        V3BrandMetafieldUpdateUpdate as BrandMetafieldUpdate,
    )
    from ..models.v3_brand_update_body import V3BrandUpdateBodyUpdate as BrandUpdate
    from ..models.v3_category import Category
    from ..models.v3_category_create_body import V3CategoryCreateBodyCreate as CategoryCreate
    from ..models.v3_category_update_body import V3CategoryUpdateBodyUpdate as CategoryUpdate
    from ..models.v3_metafield_create import V3MetafieldCreateCreate as MetafieldCreate
    from ..models.v3_option_value import OptionValue
    from ..models.v3_option_value_create_body import (
        V3OptionValueCreateBodyCreate as OptionValueCreate,
    )
    from ..models.v3_option_value_update_body import (
        V3OptionValueUpdateBodyUpdate as OptionValueUpdate,
    )
    from ..models.v3_product import Product
    from ..models.v3_product_create_body import V3ProductCreateBodyCreate as ProductCreate
    from ..models.v3_product_custom_field import ProductCustomField
    from ..models.v3_product_custom_field_create_body import (
        V3ProductCustomFieldCreateBodyCreate as ProductCustomFieldCreate,
    )
    from ..models.v3_product_custom_field_update_body import (
        V3ProductCustomFieldUpdateBodyUpdate as ProductCustomFieldUpdate,
    )
    from ..models.v3_product_image import ProductImage
    from ..models.v3_product_image_create_body import (
        V3ProductImageCreateBodyCreate as ProductImageCreate,
    )
    from ..models.v3_product_modifier_create import (
        V3ProductModifierCreateCreate as ProductModifierCreate,
    )
    from ..models.v3_product_modifier_update import (
        V3ProductModifierUpdateUpdate as ProductModifierUpdate,
    )
    from ..models.v3_product_option import ProductOption
    from ..models.v3_product_option_create_body import (
        V3ProductOptionCreateBodyCreate as ProductOptionCreate,
    )
    from ..models.v3_product_option_update_body import (
        V3ProductOptionUpdateBodyUpdate as ProductOptionUpdate,
    )
    from ..models.v3_product_primary_image import ProductPrimaryImage
    from ..models.v3_product_review import ProductReview
    from ..models.v3_product_review_create_body import (
        V3ProductReviewCreateBodyCreate as ProductReviewCreate,
    )
    from ..models.v3_product_update_body import V3ProductUpdateBodyUpdate as ProductUpdate
    from ..models.v3_product_variant_create import (
        V3ProductVariantCreateCreate as ProductVariantCreate,
    )
    from ..models.v3_product_variant_update import (
        V3ProductVariantUpdateUpdate as ProductVariantUpdate,
    )
    from ..models.v3_product_video import ProductVideo
    from ..models.v3_product_video_create_body import (
        V3ProductVideoCreateBodyCreate as ProductVideoCreate,
    )
    from ..models.v3_product_video_update_body import (
        V3ProductVideoUpdateBodyUpdate as ProductVideoUpdate,
    )
    from ..models.variant import Variant
    from ..models.variant_image_create import VariantImageCreateCreate as VariantImageCreate
    from ..models.variant_metafield import VariantMetafield
    from ..models.variant_option_value import VariantOptionValue
    from ..models.variant_update_many_item import (
        VariantUpdateManyItemUpdate as VariantUpdateManyItem,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "Adjuster": ("adjuster", "Adjuster"),
    "Adjusters": ("adjusters", "Adjusters"),
    "AdjustersPurchasingDisabled": ("adjusters_purchasing_disabled", "AdjustersPurchasingDisabled"),
    "Brand": ("v3_brand", "Brand"),
    "BrandCreate": ("v3_brand_create_body", "V3BrandCreateBodyCreate"),
    "BrandCreateCustomUrl": ("brand_create_custom_url", "BrandCreateCustomUrl"),
    "BrandImageCreate": ("brand_image_create", "BrandImageCreateCreate"),
    "BrandMetafieldUpdate": ("v3_brand_metafield_update", "V3BrandMetafieldUpdateUpdate"),
    "BrandUpdate": ("v3_brand_update_body", "V3BrandUpdateBodyUpdate"),
    "BulkPricingRule": ("bulk_pricing_rule", "BulkPricingRule"),
    "Category": ("v3_category", "Category"),
    "CategoryCreate": ("v3_category_create_body", "V3CategoryCreateBodyCreate"),
    "CategoryCreateCustomUrl": ("category_create_custom_url", "CategoryCreateCustomUrl"),
    "CategoryNode": ("category_node", "CategoryNode"),
    "CategoryTreeUrl": ("category_tree_url", "CategoryTreeUrl"),
    "CategoryUpdate": ("v3_category_update_body", "V3CategoryUpdateBodyUpdate"),
    "ComplexRule": ("complex_rule", "ComplexRule"),
    "ComplexRuleCondition": ("complex_rule_condition", "ComplexRuleCondition"),
    "Config": ("config", "Config"),
    "CustomField": ("custom_field", "CustomField"),
    "CustomUrl": ("custom_url", "CustomUrl"),
    "GetCategories": ("get_categories", "GetCategories"),
    "ImageUrl": ("image_url", "ImageUrl"),
    "Meta": ("meta", "Meta"),
    "Metafield": ("metafield", "Metafield"),
    "MetafieldCreate": ("v3_metafield_create", "V3MetafieldCreateCreate"),
    "MetafieldCreateManyItem": ("metafield_create_many_item", "MetafieldCreateManyItemCreate"),
    "MetafieldUpdateManyItem": ("metafield_update_many_item", "MetafieldUpdateManyItemUpdate"),
    "ModifierAdjustersPurchasingDisabled": (
        "modifier_adjusters_purchasing_disabled",
        "ModifierAdjustersPurchasingDisabled",
    ),
    "ModifierValueCreate": ("modifier_value_create", "ModifierValueCreateCreate"),
    "ModifierValueCreateAdjusters": (
        "modifier_value_create_adjusters",
        "ModifierValueCreateAdjusters",
    ),
    "ModifierValueUpdate": ("modifier_value_update", "ModifierValueUpdateUpdate"),
    "OptionValue": ("v3_option_value", "OptionValue"),
    "OptionValueCreate": ("v3_option_value_create_body", "V3OptionValueCreateBodyCreate"),
    "OptionValueUpdate": ("v3_option_value_update_body", "V3OptionValueUpdateBodyUpdate"),
    "ParentRelation": ("parent_relation", "ParentRelation"),
    "Product": ("v3_product", "Product"),
    "ProductBulkPricingRuleCreate": (
        "product_bulk_pricing_rule_create",
        "ProductBulkPricingRuleCreateCreate",
    ),
    "ProductBulkPricingRuleUpdate": (
        "product_bulk_pricing_rule_update",
        "ProductBulkPricingRuleUpdateUpdate",
    ),
    "ProductCategoryAssignmentUpdateManyItem": (
        "product_category_assignment_update_many_item",
        "ProductCategoryAssignmentUpdateManyItem",
    ),
    "ProductChannelAssignmentUpdateManyItem": (
        "product_channel_assignment_update_many_item",
        "ProductChannelAssignmentUpdateManyItem",
    ),
    "ProductComplexRuleCreate": ("product_complex_rule_create", "ProductComplexRuleCreateCreate"),
    "ProductComplexRuleCreateCondition": (
        "product_complex_rule_create_condition",
        "ProductComplexRuleCreateCondition",
    ),
    "ProductComplexRuleCreatePriceAdjuster": (
        "product_complex_rule_create_price_adjuster",
        "ProductComplexRuleCreatePriceAdjuster",
    ),
    "ProductComplexRuleUpdate": ("product_complex_rule_update", "ProductComplexRuleUpdateUpdate"),
    "ProductComplexRuleUpdateCondition": (
        "product_complex_rule_update_condition",
        "ProductComplexRuleUpdateCondition",
    ),
    "ProductCreate": ("v3_product_create_body", "V3ProductCreateBodyCreate"),
    "ProductCreateOptionValueAdjusters": (
        "product_create_option_value_adjusters",
        "ProductCreateOptionValueAdjusters",
    ),
    "ProductCreateOptionValueAdjustersPrice": (
        "product_create_option_value_adjusters_price",
        "ProductCreateOptionValueAdjustersPrice",
    ),
    "ProductCustomField": ("v3_product_custom_field", "ProductCustomField"),
    "ProductCustomFieldCreate": (
        "v3_product_custom_field_create_body",
        "V3ProductCustomFieldCreateBodyCreate",
    ),
    "ProductCustomFieldUpdate": (
        "v3_product_custom_field_update_body",
        "V3ProductCustomFieldUpdateBodyUpdate",
    ),
    "ProductImage": ("v3_product_image", "ProductImage"),
    "ProductImageCreate": ("v3_product_image_create_body", "V3ProductImageCreateBodyCreate"),
    "ProductImageData": ("product_image_data", "ProductImageData"),
    "ProductIncludeField": ("_enums", "ProductIncludeField"),
    "ProductModifier": ("product_modifier", "ProductModifier"),
    "ProductModifierAlt": ("product_modifier_alt", "ProductModifierAlt"),
    "ProductModifierCreate": ("v3_product_modifier_create", "V3ProductModifierCreateCreate"),
    "ProductModifierCreateOptionValue": (
        "product_modifier_create_option_value",
        "ProductModifierCreateOptionValue",
    ),
    "ProductModifierData": ("product_modifier_data", "ProductModifierData"),
    "ProductModifierOptionValue": ("product_modifier_option_value", "ProductModifierOptionValue"),
    "ProductModifierResponse": ("product_modifier_response", "ProductModifierResponse"),
    "ProductModifierResponseConfig": (
        "product_modifier_response_config",
        "ProductModifierResponseConfig",
    ),
    "ProductModifierUpdate": ("v3_product_modifier_update", "V3ProductModifierUpdateUpdate"),
    "ProductModifierUpdateOptionValue": (
        "product_modifier_update_option_value",
        "ProductModifierUpdateOptionValue",
    ),
    "ProductOption": ("v3_product_option", "ProductOption"),
    "ProductOptionBase": ("product_option_base", "ProductOptionBase"),
    "ProductOptionConfig": ("product_option_config", "ProductOptionConfig"),
    "ProductOptionCreate": ("v3_product_option_create_body", "V3ProductOptionCreateBodyCreate"),
    "ProductOptionCreateConfig": ("product_option_create_config", "ProductOptionCreateConfig"),
    "ProductOptionCreateOptionValue": (
        "product_option_create_option_value",
        "ProductOptionCreateOptionValue",
    ),
    "ProductOptionData": ("product_option_data", "ProductOptionData"),
    "ProductOptionDataConfig": ("product_option_data_config", "ProductOptionDataConfig"),
    "ProductOptionUpdate": ("v3_product_option_update_body", "V3ProductOptionUpdateBodyUpdate"),
    "ProductPrimaryImage": ("v3_product_primary_image", "ProductPrimaryImage"),
    "ProductReview": ("v3_product_review", "ProductReview"),
    "ProductReviewCreate": ("v3_product_review_create_body", "V3ProductReviewCreateBodyCreate"),
    "ProductSortOrderUpdateManyItem": (
        "product_sort_order_update_many_item",
        "ProductSortOrderUpdateManyItem",
    ),
    "ProductUpdate": ("v3_product_update_body", "V3ProductUpdateBodyUpdate"),
    "ProductUpdateManyItem": ("product_update_many_item", "ProductUpdateManyItemUpdate"),
    "ProductUpdateOptionValueAdjusters": (
        "product_update_option_value_adjusters",
        "ProductUpdateOptionValueAdjusters",
    ),
    "ProductVariant": ("product_variant", "ProductVariant"),
    "ProductVariantCreate": ("v3_product_variant_create", "V3ProductVariantCreateCreate"),
    "ProductVariantOptionValue": ("product_variant_option_value", "ProductVariantOptionValue"),
    "ProductVariantOptionValueOptionValue": (
        "product_variant_option_value_option_value",
        "ProductVariantOptionValueOptionValue",
    ),
    "ProductVariantResponse": ("product_variant_response", "ProductVariantResponse"),
    "ProductVariantUpdate": ("v3_product_variant_update", "V3ProductVariantUpdateUpdate"),
    "ProductVideo": ("v3_product_video", "ProductVideo"),
    "ProductVideoCreate": ("v3_product_video_create_body", "V3ProductVideoCreateBodyCreate"),
    "ProductVideoResponse": ("product_video_response", "ProductVideoResponse"),
    "ProductVideoUpdate": ("v3_product_video_update_body", "V3ProductVideoUpdateBodyUpdate"),
    "SuccessNoContent": ("success_no_content", "SuccessNoContent"),
    "Summary": ("summary", "Summary"),
    "TreeCategoryCreateManyItem": (
        "tree_category_create_many_item",
        "TreeCategoryCreateManyItemCreate",
    ),
    "TreeCategoryUpdateManyItem": (
        "tree_category_update_many_item",
        "TreeCategoryUpdateManyItemUpdate",
    ),
    "TreeUpsertItem": ("tree_upsert_item", "TreeUpsertItem"),
    "Url": ("url", "Url"),
    "Variant": ("variant", "Variant"),
    "VariantImageCreate": ("variant_image_create", "VariantImageCreateCreate"),
    "VariantMetafield": ("variant_metafield", "VariantMetafield"),
    "VariantOptionValue": ("variant_option_value", "VariantOptionValue"),
    "VariantUpdateManyItem": ("variant_update_many_item", "VariantUpdateManyItemUpdate"),
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
    "Config",
    "CustomField",
    "CustomUrl",
    "GetCategories",
    "ImageUrl",
    "Meta",
    "Metafield",
    "MetafieldCreate",
    "MetafieldCreateManyItem",
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
    "ProductCategoryAssignmentUpdateManyItem",
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
    "ProductImageData",
    "ProductIncludeField",
    "ProductModifier",
    "ProductModifierAlt",
    "ProductModifierCreate",
    "ProductModifierCreateOptionValue",
    "ProductModifierData",
    "ProductModifierOptionValue",
    "ProductModifierResponse",
    "ProductModifierResponseConfig",
    "ProductModifierUpdate",
    "ProductModifierUpdateOptionValue",
    "ProductOption",
    "ProductOptionBase",
    "ProductOptionConfig",
    "ProductOptionCreate",
    "ProductOptionCreateConfig",
    "ProductOptionCreateOptionValue",
    "ProductOptionData",
    "ProductOptionDataConfig",
    "ProductOptionUpdate",
    "ProductPrimaryImage",
    "ProductReview",
    "ProductReviewCreate",
    "ProductSortOrderUpdateManyItem",
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
    "ProductVideoResponse",
    "ProductVideoUpdate",
    "SuccessNoContent",
    "Summary",
    "TreeCategoryCreateManyItem",
    "TreeCategoryUpdateManyItem",
    "TreeUpsertItem",
    "Url",
    "Variant",
    "VariantImageCreate",
    "VariantMetafield",
    "VariantOptionValue",
    "VariantUpdateManyItem",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
