# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `BulkPricingTier` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class BulkPricingTier(ApiModel):
    """`BulkPricingTier`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    quantity_min: int | None = None
    quantity_max: int | None = None
    type: str | None = None
    """One of: `'fixed'`, `'price'`, `'percent'`."""
    amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class BulkPricingTierCreate(TypedDict, total=False):
    """The fields to create a `BulkPricingTier` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["fixed", "price", "percent"]
    amount: int | float


@with_config(REQUEST_CONFIG)
class BulkPricingTierUpdate(TypedDict, total=False):
    """The fields to update a `BulkPricingTier` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["fixed", "price", "percent"]
    amount: int | float
