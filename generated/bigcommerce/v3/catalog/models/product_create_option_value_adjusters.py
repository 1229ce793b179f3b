# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductCreateOptionValueAdjusters` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_create_option_value_adjusters_price import (
    ProductCreateOptionValueAdjustersPrice,
    ProductCreateOptionValueAdjustersPriceCreate,
)


class ProductCreateOptionValueAdjusters(ApiModel):
    """`ProductCreateOptionValueAdjusters`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    price: ProductCreateOptionValueAdjustersPrice | None = None


@with_config(REQUEST_CONFIG)
class ProductCreateOptionValueAdjustersCreate(TypedDict, total=False):
    """The fields to create a `ProductCreateOptionValueAdjusters` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    price: ProductCreateOptionValueAdjustersPriceCreate
