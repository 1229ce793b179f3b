# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `AdjustmentsAbsoluteUpdateItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AdjustmentsAbsoluteUpdateItem(ApiModel):
    """`AdjustmentsAbsoluteUpdateItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    location_id: int | None = None
    """Required to create and update."""
    sku: str | None = None
    quantity: int | None = None
    """Required to create and update."""
    variant_id: int | None = None
    product_id: int | None = None


@with_config(REQUEST_CONFIG)
class AdjustmentsAbsoluteUpdateItemCreate(TypedDict, total=False):
    """The fields to create a `AdjustmentsAbsoluteUpdateItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    location_id: Required[int]
    sku: str
    quantity: Required[int]
    variant_id: int
    product_id: int


@with_config(REQUEST_CONFIG)
class AdjustmentsAbsoluteUpdateItemUpdate(TypedDict, total=False):
    """The fields to update a `AdjustmentsAbsoluteUpdateItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    location_id: Required[int]
    sku: str
    quantity: Required[int]
    variant_id: int
    product_id: int
