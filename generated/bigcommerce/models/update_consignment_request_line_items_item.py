# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `UpdateConsignmentRequestLineItemsItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateConsignmentRequestLineItemsItem(ApiModel):
    """`UpdateConsignmentRequestLineItemsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    item_id: str | None = None
    """Required to create and update."""
    quantity: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class UpdateConsignmentRequestLineItemsItemUpdate(TypedDict, total=False):
    """The fields to update a `UpdateConsignmentRequestLineItemsItem` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    item_id: Required[str]
    quantity: Required[int]
