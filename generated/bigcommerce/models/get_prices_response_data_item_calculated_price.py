# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemCalculatedPrice` model."""

from __future__ import annotations

from .._model import ApiModel


class GetPricesResponseDataItemCalculatedPrice(ApiModel):
    """`GetPricesResponseDataItemCalculatedPrice`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    as_entered: int | float | None = None
    entered_inclusive: bool | None = None
    tax_exclusive: int | float | None = None
    tax_inclusive: int | float | None = None
