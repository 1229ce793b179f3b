# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ModifierValueCreateAdjusters` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .modifier_adjusters_purchasing_disabled import (
    ModifierAdjustersPurchasingDisabled,
    ModifierAdjustersPurchasingDisabledCreate,
    ModifierAdjustersPurchasingDisabledUpdate,
)
from .product_complex_rule_create_price_adjuster import (
    ProductComplexRuleCreatePriceAdjuster,
    ProductComplexRuleCreatePriceAdjusterCreate,
    ProductComplexRuleCreatePriceAdjusterUpdate,
)


class ModifierValueCreateAdjusters(ApiModel):
    """`ModifierValueCreateAdjusters`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    price: ProductComplexRuleCreatePriceAdjuster | None = None
    weight: ProductComplexRuleCreatePriceAdjuster | None = None
    image_url: str | None = None
    purchasing_disabled: ModifierAdjustersPurchasingDisabled | None = None


@with_config(REQUEST_CONFIG)
class ModifierValueCreateAdjustersCreate(TypedDict, total=False):
    """The fields to create a `ModifierValueCreateAdjusters` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    price: ProductComplexRuleCreatePriceAdjusterCreate
    weight: ProductComplexRuleCreatePriceAdjusterCreate
    image_url: str
    purchasing_disabled: ModifierAdjustersPurchasingDisabledCreate


@with_config(REQUEST_CONFIG)
class ModifierValueCreateAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `ModifierValueCreateAdjusters` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    price: ProductComplexRuleCreatePriceAdjusterUpdate
    weight: ProductComplexRuleCreatePriceAdjusterUpdate
    image_url: str
    purchasing_disabled: ModifierAdjustersPurchasingDisabledUpdate
