# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRatePUT` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_rate_put_class_rates_item import TaxRatePUTClassRatesItem, TaxRatePUTClassRatesItemUpdate


class TaxRatePUT(ApiModel):
    """`TaxRatePUT`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept.
    """

    class_rates: list[TaxRatePUTClassRatesItem] | None = None
    enabled: bool | None = None
    id: int
    """Required to create and update."""
    name: str | None = None
    priority: int | None = None
    tax_zone_id: int | None = None


@with_config(REQUEST_CONFIG)
class TaxRatePUTUpdate(TypedDict, total=False):
    """The fields to update a `TaxRatePUT` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    class_rates: list[TaxRatePUTClassRatesItemUpdate]
    enabled: bool
    id: Required[int]
    name: str
    priority: int
    tax_zone_id: int
