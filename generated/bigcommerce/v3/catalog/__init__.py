# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `catalog` models, loaded on first use: `from bigcommerce.v3.catalog import
Adjuster`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import ProductIncludeField
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create import V3MetafieldCreateCreate as MetafieldCreate
    from ..shared.models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..shared.models.metafield_update_many_item import (
        MetafieldUpdateManyItemUpdate as MetafieldUpdateManyItem,
    )
    from .models.adjuster import Adjuster
    from .models.adjusters import Adjusters
    from .models.adjusters_purchasing_disabled import AdjustersPurchasingDisabled
    from .models.brand import Brand
    from .models.brand_create_body import V3BrandCreateBodyCreate as BrandCreate
    from .models.brand_create_custom_url import BrandCreateCustomUrl
    from .models.brand_image_create import BrandImageCreateCreate as BrandImageCreate
    from .models.brand_metafield_update import BrandMetafieldUpdateUpdate as BrandMetafieldUpdate
    from .models.brand_update_body import V3BrandUpdateBodyUpdate as BrandUpdate
    from .models.category import Category
    from .models.category_create_body import V3CategoryCreateBodyCreate as CategoryCreate
    from .models.category_create_custom_url import CategoryCreateCustomUrl
    from .models.category_node import CategoryNode
    from .models.category_update_body import V3CategoryUpdateBodyUpdate as CategoryUpdate
    from .models.complex_rule import ComplexRule
    from .models.complex_rule_condition import ComplexRuleCondition
    from .models.config import Config
    from .models.custom_field import CustomField
    from .models.custom_url import CustomUrl
    from .models.get_categories import GetCategories
    from .models.image_url import ImageUrl
    from .models.meta import Meta
    from .models.modifier_adjusters_purchasing_disabled import ModifierAdjustersPurchasingDisabled
    from .models.modifier_value_create import ModifierValueCreateCreate as ModifierValueCreate
    from .models.modifier_value_create_adjusters import ModifierValueCreateAdjusters
    from .models.modifier_value_update import ModifierValueUpdateUpdate as ModifierValueUpdate
    from .models.option_value_create import V3OptionValueCreateCreate as OptionValueCreate
    from .models.option_value_update import V3OptionValueUpdateUpdate as OptionValueUpdate
    from .models.parent_relation import ParentRelation
    from .models.product import Product
    from .models.product_bulk_pricing_rule import ProductBulkPricingRule
    from .models.product_bulk_pricing_rule_create import (
        V3ProductBulkPricingRuleCreateCreate as ProductBulkPricingRuleCreate,
    )
    from .models.product_bulk_pricing_rule_update import (
        V3ProductBulkPricingRuleUpdateUpdate as ProductBulkPricingRuleUpdate,
    )
    from .models.product_category_assignment_update_many_item import (
        ProductCategoryAssignmentUpdateManyItem,
    )
    from .models.product_channel_assignment_update_many_item import (
        ProductChannelAssignmentUpdateManyItem,
    )
    from .models.product_complex_rule_create import (
        ProductComplexRuleCreateCreate as ProductComplexRuleCreate,
    )
    from .models.product_complex_rule_create_condition import ProductComplexRuleCreateCondition
    from .models.product_complex_rule_create_price_adjuster import (
        ProductComplexRuleCreatePriceAdjuster,
    )
    from .models.product_complex_rule_update import (
        ProductComplexRuleUpdateUpdate as ProductComplexRuleUpdate,
    )
    from .models.product_complex_rule_update_condition import ProductComplexRuleUpdateCondition
    from .models.product_create_body import V3ProductCreateBodyCreate as ProductCreate
    from .models.product_create_option_value_adjusters import ProductCreateOptionValueAdjusters
    from .models.product_create_option_value_adjusters_price import (
        ProductCreateOptionValueAdjustersPrice,
    )
    from .models.product_custom_field import ProductCustomField
    from .models.product_custom_field_create_body import (
        V3ProductCustomFieldCreateBodyCreate as ProductCustomFieldCreate,
    )
    from .models.product_custom_field_update_body import (
        V3ProductCustomFieldUpdateBodyUpdate as ProductCustomFieldUpdate,
    )
    from .models.product_image import ProductImage
    from .models.product_image_create_body import (
        V3ProductImageCreateBodyCreate as ProductImageCreate,
    )
    from .models.product_image_data import ProductImageData
    from .models.product_modifier import ProductModifier
    from .models.product_modifier_alt import ProductModifierAlt
    from .models.product_modifier_alt_config import ProductModifierAltConfig
    from .models.product_modifier_create import (
        V3ProductModifierCreateCreate as ProductModifierCreate,
    )
    from .models.product_modifier_create_option_value import ProductModifierCreateOptionValue
    from .models.product_modifier_data import ProductModifierData
    from .models.product_modifier_modifier import ProductModifierModifier
    from .models.product_modifier_option_value import ProductModifierOptionValue
    from .models.product_modifier_update import (
        V3ProductModifierUpdateUpdate as ProductModifierUpdate,
    )
    from .models.product_modifier_update_option_value import ProductModifierUpdateOptionValue
    from .models.product_option import ProductOption
    from .models.product_option_alt import ProductOptionAlt
    from .models.product_option_config import ProductOptionConfig
    from .models.product_option_create_body import (
        V3ProductOptionCreateBodyCreate as ProductOptionCreate,
    )
    from .models.product_option_create_config import ProductOptionCreateConfig
    from .models.product_option_create_option_value import ProductOptionCreateOptionValue
    from .models.product_option_data import ProductOptionData
    from .models.product_option_data_config import ProductOptionDataConfig
    from .models.product_option_option_value import ProductOptionOptionValue
    from .models.product_option_update_body import (
        V3ProductOptionUpdateBodyUpdate as ProductOptionUpdate,
    )
    from .models.product_primary_image import ProductPrimaryImage
    from .models.product_review import ProductReview
    from .models.product_review_create_body import (
        V3ProductReviewCreateBodyCreate as ProductReviewCreate,
    )
    from .models.product_sort_order_update_many_item import ProductSortOrderUpdateManyItem
    from .models.product_update_body import V3ProductUpdateBodyUpdate as ProductUpdate
    from .models.product_update_many_item import (
        ProductUpdateManyItemUpdate as ProductUpdateManyItem,
    )
    from .models.product_update_option_value_adjusters import ProductUpdateOptionValueAdjusters
    from .models.product_variant import ProductVariant
    from .models.product_variant_create import V3ProductVariantCreateCreate as ProductVariantCreate
    from .models.product_variant_option_value_alt import ProductVariantOptionValueAlt
    from .models.product_variant_option_value_option_value import (
        ProductVariantOptionValueOptionValue,
    )
    from .models.product_variant_update import V3ProductVariantUpdateUpdate as ProductVariantUpdate
    from .models.product_variant_variant import ProductVariantVariant
    from .models.product_video import ProductVideo
    from .models.product_video_create_body import (
        V3ProductVideoCreateBodyCreate as ProductVideoCreate,
    )
    from .models.product_video_update_body import (
        V3ProductVideoUpdateBodyUpdate as ProductVideoUpdate,
    )
    from .models.product_video_video import ProductVideoVideo
    from .models.success_no_content import SuccessNoContent
    from .models.summary import Summary
    from .models.tree_category_create_many_item import (
        TreeCategoryCreateManyItemCreate as TreeCategoryCreateManyItem,
    )
    from .models.tree_category_update_many_item import (
        TreeCategoryUpdateManyItemUpdate as TreeCategoryUpdateManyItem,
    )
    from .models.tree_upsert_item import TreeUpsertItem
    from .models.url import Url
    from .models.url_url import UrlUrl
    from .models.variant import Variant
    from .models.variant_image_create import VariantImageCreateCreate as VariantImageCreate
    from .models.variant_metafield import VariantMetafield
    from .models.variant_option_value import VariantOptionValue
    from .models.variant_update_many_item import (
        VariantUpdateManyItemUpdate as VariantUpdateManyItem,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "Adjuster": (".models.adjuster", "Adjuster"),
    "Adjusters": (".models.adjusters", "Adjusters"),
    "AdjustersPurchasingDisabled": (
        ".models.adjusters_purchasing_disabled",
        "AdjustersPurchasingDisabled",
    ),
    "Brand": (".models.brand", "Brand"),
    "BrandCreate": (".models.brand_create_body", "V3BrandCreateBodyCreate"),
    "BrandCreateCustomUrl": (".models.brand_create_custom_url", "BrandCreateCustomUrl"),
    "BrandImageCreate": (".models.brand_image_create", "BrandImageCreateCreate"),
    "BrandMetafieldUpdate": (".models.brand_metafield_update", "BrandMetafieldUpdateUpdate"),
    "BrandUpdate": (".models.brand_update_body", "V3BrandUpdateBodyUpdate"),
    "Category": (".models.category", "Category"),
    "CategoryCreate": (".models.category_create_body", "V3CategoryCreateBodyCreate"),
    "CategoryCreateCustomUrl": (".models.category_create_custom_url", "CategoryCreateCustomUrl"),
    "CategoryNode": (".models.category_node", "CategoryNode"),
    "CategoryUpdate": (".models.category_update_body", "V3CategoryUpdateBodyUpdate"),
    "ComplexRule": (".models.complex_rule", "ComplexRule"),
    "ComplexRuleCondition": (".models.complex_rule_condition", "ComplexRuleCondition"),
    "Config": (".models.config", "Config"),
    "CustomField": (".models.custom_field", "CustomField"),
    "CustomUrl": (".models.custom_url", "CustomUrl"),
    "GetCategories": (".models.get_categories", "GetCategories"),
    "ImageUrl": (".models.image_url", "ImageUrl"),
    "Meta": (".models.meta", "Meta"),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreate": ("..shared.models.metafield_create", "V3MetafieldCreateCreate"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItemCreate",
    ),
    "MetafieldUpdateManyItem": (
        "..shared.models.metafield_update_many_item",
        "MetafieldUpdateManyItemUpdate",
    ),
    "ModifierAdjustersPurchasingDisabled": (
        ".models.modifier_adjusters_purchasing_disabled",
        "ModifierAdjustersPurchasingDisabled",
    ),
    "ModifierValueCreate": (".models.modifier_value_create", "ModifierValueCreateCreate"),
    "ModifierValueCreateAdjusters": (
        ".models.modifier_value_create_adjusters",
        "ModifierValueCreateAdjusters",
    ),
    "ModifierValueUpdate": (".models.modifier_value_update", "ModifierValueUpdateUpdate"),
    "OptionValueCreate": (".models.option_value_create", "V3OptionValueCreateCreate"),
    "OptionValueUpdate": (".models.option_value_update", "V3OptionValueUpdateUpdate"),
    "ParentRelation": (".models.parent_relation", "ParentRelation"),
    "Product": (".models.product", "Product"),
    "ProductBulkPricingRule": (".models.product_bulk_pricing_rule", "ProductBulkPricingRule"),
    "ProductBulkPricingRuleCreate": (
        ".models.product_bulk_pricing_rule_create",
        "V3ProductBulkPricingRuleCreateCreate",
    ),
    "ProductBulkPricingRuleUpdate": (
        ".models.product_bulk_pricing_rule_update",
        "V3ProductBulkPricingRuleUpdateUpdate",
    ),
    "ProductCategoryAssignmentUpdateManyItem": (
        ".models.product_category_assignment_update_many_item",
        "ProductCategoryAssignmentUpdateManyItem",
    ),
    "ProductChannelAssignmentUpdateManyItem": (
        ".models.product_channel_assignment_update_many_item",
        "ProductChannelAssignmentUpdateManyItem",
    ),
    "ProductComplexRuleCreate": (
        ".models.product_complex_rule_create",
        "ProductComplexRuleCreateCreate",
    ),
    "ProductComplexRuleCreateCondition": (
        ".models.product_complex_rule_create_condition",
        "ProductComplexRuleCreateCondition",
    ),
    "ProductComplexRuleCreatePriceAdjuster": (
        ".models.product_complex_rule_create_price_adjuster",
        "ProductComplexRuleCreatePriceAdjuster",
    ),
    "ProductComplexRuleUpdate": (
        ".models.product_complex_rule_update",
        "ProductComplexRuleUpdateUpdate",
    ),
    "ProductComplexRuleUpdateCondition": (
        ".models.product_complex_rule_update_condition",
        "ProductComplexRuleUpdateCondition",
    ),
    "ProductCreate": (".models.product_create_body", "V3ProductCreateBodyCreate"),
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
        "V3ProductCustomFieldCreateBodyCreate",
    ),
    "ProductCustomFieldUpdate": (
        ".models.product_custom_field_update_body",
        "V3ProductCustomFieldUpdateBodyUpdate",
    ),
    "ProductImage": (".models.product_image", "ProductImage"),
    "ProductImageCreate": (".models.product_image_create_body", "V3ProductImageCreateBodyCreate"),
    "ProductImageData": (".models.product_image_data", "ProductImageData"),
    "ProductIncludeField": ("..._enums", "ProductIncludeField"),
    "ProductModifier": (".models.product_modifier", "ProductModifier"),
    "ProductModifierAlt": (".models.product_modifier_alt", "ProductModifierAlt"),
    "ProductModifierAltConfig": (".models.product_modifier_alt_config", "ProductModifierAltConfig"),
    "ProductModifierCreate": (".models.product_modifier_create", "V3ProductModifierCreateCreate"),
    "ProductModifierCreateOptionValue": (
        ".models.product_modifier_create_option_value",
        "ProductModifierCreateOptionValue",
    ),
    "ProductModifierData": (".models.product_modifier_data", "ProductModifierData"),
    "ProductModifierModifier": (".models.product_modifier_modifier", "ProductModifierModifier"),
    "ProductModifierOptionValue": (
        ".models.product_modifier_option_value",
        "ProductModifierOptionValue",
    ),
    "ProductModifierUpdate": (".models.product_modifier_update", "V3ProductModifierUpdateUpdate"),
    "ProductModifierUpdateOptionValue": (
        ".models.product_modifier_update_option_value",
        "ProductModifierUpdateOptionValue",
    ),
    "ProductOption": (".models.product_option", "ProductOption"),
    "ProductOptionAlt": (".models.product_option_alt", "ProductOptionAlt"),
    "ProductOptionConfig": (".models.product_option_config", "ProductOptionConfig"),
    "ProductOptionCreate": (
        ".models.product_option_create_body",
        "V3ProductOptionCreateBodyCreate",
    ),
    "ProductOptionCreateConfig": (
        ".models.product_option_create_config",
        "ProductOptionCreateConfig",
    ),
    "ProductOptionCreateOptionValue": (
        ".models.product_option_create_option_value",
        "ProductOptionCreateOptionValue",
    ),
    "ProductOptionData": (".models.product_option_data", "ProductOptionData"),
    "ProductOptionDataConfig": (".models.product_option_data_config", "ProductOptionDataConfig"),
    "ProductOptionOptionValue": (".models.product_option_option_value", "ProductOptionOptionValue"),
    "ProductOptionUpdate": (
        ".models.product_option_update_body",
        "V3ProductOptionUpdateBodyUpdate",
    ),
    "ProductPrimaryImage": (".models.product_primary_image", "ProductPrimaryImage"),
    "ProductReview": (".models.product_review", "ProductReview"),
    "ProductReviewCreate": (
        ".models.product_review_create_body",
        "V3ProductReviewCreateBodyCreate",
    ),
    "ProductSortOrderUpdateManyItem": (
        ".models.product_sort_order_update_many_item",
        "ProductSortOrderUpdateManyItem",
    ),
    "ProductUpdate": (".models.product_update_body", "V3ProductUpdateBodyUpdate"),
    "ProductUpdateManyItem": (".models.product_update_many_item", "ProductUpdateManyItemUpdate"),
    "ProductUpdateOptionValueAdjusters": (
        ".models.product_update_option_value_adjusters",
        "ProductUpdateOptionValueAdjusters",
    ),
    "ProductVariant": (".models.product_variant", "ProductVariant"),
    "ProductVariantCreate": (".models.product_variant_create", "V3ProductVariantCreateCreate"),
    "ProductVariantOptionValueAlt": (
        ".models.product_variant_option_value_alt",
        "ProductVariantOptionValueAlt",
    ),
    "ProductVariantOptionValueOptionValue": (
        ".models.product_variant_option_value_option_value",
        "ProductVariantOptionValueOptionValue",
    ),
    "ProductVariantUpdate": (".models.product_variant_update", "V3ProductVariantUpdateUpdate"),
    "ProductVariantVariant": (".models.product_variant_variant", "ProductVariantVariant"),
    "ProductVideo": (".models.product_video", "ProductVideo"),
    "ProductVideoCreate": (".models.product_video_create_body", "V3ProductVideoCreateBodyCreate"),
    "ProductVideoUpdate": (".models.product_video_update_body", "V3ProductVideoUpdateBodyUpdate"),
    "ProductVideoVideo": (".models.product_video_video", "ProductVideoVideo"),
    "SuccessNoContent": (".models.success_no_content", "SuccessNoContent"),
    "Summary": (".models.summary", "Summary"),
    "TreeCategoryCreateManyItem": (
        ".models.tree_category_create_many_item",
        "TreeCategoryCreateManyItemCreate",
    ),
    "TreeCategoryUpdateManyItem": (
        ".models.tree_category_update_many_item",
        "TreeCategoryUpdateManyItemUpdate",
    ),
    "TreeUpsertItem": (".models.tree_upsert_item", "TreeUpsertItem"),
    "Url": (".models.url", "Url"),
    "UrlUrl": (".models.url_url", "UrlUrl"),
    "Variant": (".models.variant", "Variant"),
    "VariantImageCreate": (".models.variant_image_create", "VariantImageCreateCreate"),
    "VariantMetafield": (".models.variant_metafield", "VariantMetafield"),
    "VariantOptionValue": (".models.variant_option_value", "VariantOptionValue"),
    "VariantUpdateManyItem": (".models.variant_update_many_item", "VariantUpdateManyItemUpdate"),
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
    "Category",
    "CategoryCreate",
    "CategoryCreateCustomUrl",
    "CategoryNode",
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
    "OptionValueCreate",
    "OptionValueUpdate",
    "ParentRelation",
    "Product",
    "ProductBulkPricingRule",
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
    "ProductModifierAltConfig",
    "ProductModifierCreate",
    "ProductModifierCreateOptionValue",
    "ProductModifierData",
    "ProductModifierModifier",
    "ProductModifierOptionValue",
    "ProductModifierUpdate",
    "ProductModifierUpdateOptionValue",
    "ProductOption",
    "ProductOptionAlt",
    "ProductOptionConfig",
    "ProductOptionCreate",
    "ProductOptionCreateConfig",
    "ProductOptionCreateOptionValue",
    "ProductOptionData",
    "ProductOptionDataConfig",
    "ProductOptionOptionValue",
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
    "ProductVariantOptionValueAlt",
    "ProductVariantOptionValueOptionValue",
    "ProductVariantUpdate",
    "ProductVariantVariant",
    "ProductVideo",
    "ProductVideoCreate",
    "ProductVideoUpdate",
    "ProductVideoVideo",
    "SuccessNoContent",
    "Summary",
    "TreeCategoryCreateManyItem",
    "TreeCategoryUpdateManyItem",
    "TreeUpsertItem",
    "Url",
    "UrlUrl",
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
