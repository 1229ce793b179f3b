# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductUpdateOptionValueAdjusters` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_complex_rule_create_price_adjuster import (
    ProductComplexRuleCreatePriceAdjuster,
    ProductComplexRuleCreatePriceAdjusterUpdate,
)


class ProductUpdateOptionValueAdjusters(ApiModel):
    """`ProductUpdateOptionValueAdjusters`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    price: ProductComplexRuleCreatePriceAdjuster | None = None


@with_config(REQUEST_CONFIG)
class ProductUpdateOptionValueAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `ProductUpdateOptionValueAdjusters` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    price: ProductComplexRuleCreatePriceAdjusterUpdate
