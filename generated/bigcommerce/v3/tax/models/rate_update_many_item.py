# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `RateUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .rate_update_many_item_class_rate import (
    RateUpdateManyItemClassRate,
    RateUpdateManyItemClassRateUpdate,
)


class RateUpdateManyItemModel(ApiModel):
    """`RateUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    class_rates: list[RateUpdateManyItemClassRate] | None = None
    enabled: bool | None = None
    """Default `true`."""
    id: int
    """Required to create and update."""
    name: str | None = None
    priority: int | None = None
    """Default `1`."""
    tax_zone_id: int | None = None


@with_config(REQUEST_CONFIG)
class RateUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    class_rates: list[RateUpdateManyItemClassRateUpdate]
    enabled: bool
    """Default `true`."""
    id: Required[int]
    name: str
    priority: int
    """Default `1`."""
    tax_zone_id: int
