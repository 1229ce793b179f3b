# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `AdjustmentsAbsoluteRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .adjustments_absolute_request_items_item import (
    AdjustmentsAbsoluteRequestItemsItem,
    AdjustmentsAbsoluteRequestItemsItemUpdate,
)


class AdjustmentsAbsoluteRequest(ApiModel):
    """`AdjustmentsAbsoluteRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    reason: str | None = None
    items: list[AdjustmentsAbsoluteRequestItemsItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class AdjustmentsAbsoluteRequestUpdate(TypedDict, total=False):
    """The fields to update a `AdjustmentsAbsoluteRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    reason: str
    items: Required[list[AdjustmentsAbsoluteRequestItemsItemUpdate]]
