# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PricingProductsItemOption` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PricingProductsItemOption(ApiModel):
    """`PricingProductsItemOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    option_id: int | None = None
    value_id: int | None = None


@with_config(REQUEST_CONFIG)
class PricingProductsItemOptionCreate(TypedDict, total=False):
    """The fields to create a `PricingProductsItemOption` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    option_id: int
    value_id: int
