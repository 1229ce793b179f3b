# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRatePOST` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_rate_post_class_rates_item import (
    TaxRatePOSTClassRatesItem,
    TaxRatePOSTClassRatesItemCreate,
)


class TaxRatePOST(ApiModel):
    """`TaxRatePOST`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    class_rates: list[TaxRatePOSTClassRatesItem] | None = None
    """Required to create and update."""
    enabled: bool | None = None
    name: str | None = None
    """Required to create and update."""
    priority: int | None = None
    tax_zone_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class TaxRatePOSTCreate(TypedDict, total=False):
    """The fields to create a `TaxRatePOST` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    class_rates: Required[list[TaxRatePOSTClassRatesItemCreate]]
    enabled: bool
    name: Required[str]
    priority: int
    tax_zone_id: Required[int]
