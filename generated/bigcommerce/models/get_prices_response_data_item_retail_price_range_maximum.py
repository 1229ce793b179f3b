# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemRetailPriceRangeMaximum` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetPricesResponseDataItemRetailPriceRangeMaximum(ApiModel):
    """`GetPricesResponseDataItemRetailPriceRangeMaximum`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
    """

    as_entered: float | None = None
    entered_inclusive: bool | None = None
    tax_exclusive: float | None = None
    tax_inclusive: float | None = None


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemRetailPriceRangeMaximumCreate(TypedDict, total=False):
    """The fields to create a `GetPricesResponseDataItemRetailPriceRangeMaximum` with; unknown
    keys are refused.
    """

    as_entered: float
    entered_inclusive: bool
    tax_exclusive: float
    tax_inclusive: float


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemRetailPriceRangeMaximumUpdate(TypedDict, total=False):
    """The fields to update a `GetPricesResponseDataItemRetailPriceRangeMaximum` with; unknown
    keys are refused.
    """

    as_entered: float
    entered_inclusive: bool
    tax_exclusive: float
    tax_inclusive: float
