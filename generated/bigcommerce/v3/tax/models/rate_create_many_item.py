# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `RateCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .rate_create_many_item_class_rate import (
    RateCreateManyItemClassRate,
    RateCreateManyItemClassRateCreate,
)


class RateCreateManyItemModel(ApiModel):
    """`RateCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    class_rates: list[RateCreateManyItemClassRate] | None = None
    """Required to create and update."""
    enabled: bool | None = None
    """Default `true`."""
    name: str | None = None
    """Required to create and update."""
    priority: int | None = None
    """Default `1`."""
    tax_zone_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class RateCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    class_rates: Required[list[RateCreateManyItemClassRateCreate]]
    enabled: bool
    """Default `true`."""
    name: Required[str]
    priority: int
    """Default `1`."""
    tax_zone_id: Required[int]
