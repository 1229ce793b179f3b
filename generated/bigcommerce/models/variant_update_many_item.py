# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `VariantUpdateManyItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class VariantUpdateManyItem(ApiModel):
    """`VariantUpdateManyItem`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    cost_price: int | float | None = None
    """May be null."""
    price: int | float | None = None
    """May be null."""
    sale_price: int | float | None = None
    """May be null."""
    retail_price: int | float | None = None
    """May be null."""
    weight: int | float | None = None
    """May be null."""
    width: int | float | None = None
    """May be null."""
    height: int | float | None = None
    """May be null."""
    depth: int | float | None = None
    """May be null."""
    is_free_shipping: bool | None = None
    fixed_cost_shipping_price: int | float | None = None
    """May be null."""
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    upc: str | None = None
    """May be null."""
    inventory_level: int | None = None
    """May be null."""
    inventory_warning_level: int | None = None
    """May be null."""
    bin_picking_number: str | None = None
    """May be null."""
    id: int
    """Required to update."""


@with_config(REQUEST_CONFIG)
class VariantUpdateManyItemUpdate(TypedDict, total=False):
    """The fields to update a `VariantUpdateManyItem` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    cost_price: int | float | None
    price: int | float | None
    sale_price: int | float | None
    retail_price: int | float | None
    weight: int | float | None
    width: int | float | None
    height: int | float | None
    depth: int | float | None
    is_free_shipping: bool
    fixed_cost_shipping_price: int | float | None
    purchasing_disabled: bool
    purchasing_disabled_message: str
    upc: str | None
    inventory_level: int | None
    inventory_warning_level: int | None
    bin_picking_number: str | None
    id: Required[int]
