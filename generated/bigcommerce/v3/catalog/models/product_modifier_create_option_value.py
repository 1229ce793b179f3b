# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductModifierCreateOptionValue` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_create_option_value_adjusters import (
    ProductCreateOptionValueAdjusters,
    ProductCreateOptionValueAdjustersCreate,
)


class ProductModifierCreateOptionValue(ApiModel):
    """`ProductModifierCreateOptionValue`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    is_default: bool | None = None
    adjusters: ProductCreateOptionValueAdjusters | None = None


@with_config(REQUEST_CONFIG)
class ProductModifierCreateOptionValueCreate(TypedDict, total=False):
    """The fields to create a `ProductModifierCreateOptionValue` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    id: int
    is_default: bool
    adjusters: ProductCreateOptionValueAdjustersCreate
