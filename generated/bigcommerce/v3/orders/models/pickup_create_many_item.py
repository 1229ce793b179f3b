# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .post_request_pickup_item import PostRequestPickupItem, PostRequestPickupItemCreate


class PickupCreateManyItemModel(ApiModel):
    """`PickupCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    pickup_method_id: int | None = None
    """Required to create and update. At least 1."""
    order_id: int | None = None
    """Required to create and update. At least 1."""
    ready_at: str | None = None
    """Required to create and update."""
    collected_at: str | None = None
    pickup_items: list[PostRequestPickupItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PickupCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    pickup_method_id: Required[int]
    """At least 1."""
    order_id: Required[int]
    """At least 1."""
    ready_at: Required[str]
    collected_at: str
    pickup_items: Required[list[PostRequestPickupItemCreate]]
