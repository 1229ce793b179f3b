# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRate` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_rate_class_rates_item import (
    TaxRateClassRatesItem,
    TaxRateClassRatesItemCreate,
    TaxRateClassRatesItemUpdate,
)


class TaxRate(ApiModel):
    """`TaxRate`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    class_rates: list[TaxRateClassRatesItem] | None = None
    enabled: bool | None = None
    id: int | None = None
    name: str | None = None
    priority: int | None = None
    tax_zone_id: int | None = None


@with_config(REQUEST_CONFIG)
class TaxRateCreate(TypedDict, total=False):
    """The fields to create a `TaxRate` with; unknown keys are refused."""

    class_rates: list[TaxRateClassRatesItemCreate]
    enabled: bool
    id: int
    name: str
    priority: int
    tax_zone_id: int


@with_config(REQUEST_CONFIG)
class TaxRateUpdate(TypedDict, total=False):
    """The fields to update a `TaxRate` with; unknown keys are refused."""

    class_rates: list[TaxRateClassRatesItemUpdate]
    enabled: bool
    id: int
    name: str
    priority: int
    tax_zone_id: int
