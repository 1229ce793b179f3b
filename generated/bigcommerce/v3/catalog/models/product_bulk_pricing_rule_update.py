# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductBulkPricingRuleUpdateModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductBulkPricingRuleUpdateModel(ApiModel):
    """`ProductBulkPricingRuleUpdateModel`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    quantity_min: int | None = None
    """Required to create. At least 0."""
    quantity_max: int | None = None
    """Required to create. At least 0."""
    type: str | None = None
    """Required to create. One of: `'price'`, `'percent'`, `'fixed'`."""
    amount: Any | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProductBulkPricingRuleUpdateCreate(TypedDict, total=False):
    """The fields to create a `ProductBulkPricingRuleUpdateModel` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    quantity_min: Required[int]
    """At least 0."""
    quantity_max: Required[int]
    """At least 0."""
    type: Required[Literal["price", "percent", "fixed"]]
    amount: Required[Any]


@with_config(REQUEST_CONFIG)
class ProductBulkPricingRuleUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    quantity_min: int
    """At least 0."""
    quantity_max: int
    """At least 0."""
    type: Literal["price", "percent", "fixed"]
    amount: Required[Any]
