# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRateClassRatesItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TaxRateClassRatesItem(ApiModel):
    """`TaxRateClassRatesItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    rate: float | None = None
    tax_class_id: int | None = None


@with_config(REQUEST_CONFIG)
class TaxRateClassRatesItemCreate(TypedDict, total=False):
    """The fields to create a `TaxRateClassRatesItem` with; unknown keys are refused."""

    rate: float
    tax_class_id: int


@with_config(REQUEST_CONFIG)
class TaxRateClassRatesItemUpdate(TypedDict, total=False):
    """The fields to update a `TaxRateClassRatesItem` with; unknown keys are refused."""

    rate: float
    tax_class_id: int
