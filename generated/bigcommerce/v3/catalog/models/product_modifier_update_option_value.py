# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductModifierUpdateOptionValue` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_update_option_value_adjusters import (
    ProductUpdateOptionValueAdjusters,
    ProductUpdateOptionValueAdjustersUpdate,
)


class ProductModifierUpdateOptionValue(ApiModel):
    """`ProductModifierUpdateOptionValue`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    is_default: bool | None = None
    adjusters: ProductUpdateOptionValueAdjusters | None = None


@with_config(REQUEST_CONFIG)
class ProductModifierUpdateOptionValueUpdate(TypedDict, total=False):
    """The fields to update a `ProductModifierUpdateOptionValue` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    id: int
    is_default: bool
    adjusters: ProductUpdateOptionValueAdjustersUpdate
