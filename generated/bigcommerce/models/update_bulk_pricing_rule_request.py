# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateBulkPricingRuleRequest` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateBulkPricingRuleRequest(ApiModel):
    """`UpdateBulkPricingRuleRequest`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    quantity_min: int | None = None
    """Required to create."""
    quantity_max: int | None = None
    """Required to create."""
    type: str | None = None
    """Required to create. One of: `'price'`, `'percent'`, `'fixed'`."""
    amount: Any | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class UpdateBulkPricingRuleRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateBulkPricingRuleRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["price", "percent", "fixed"]
    amount: Required[Any]
