# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PostRequestPickupItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PostRequestPickupItem(ApiModel):
    """`PostRequestPickupItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    order_product_id: int | None = None
    """Required to create and update. At least 1."""
    quantity: int | None = None
    """Required to create and update. At least 1."""


@with_config(REQUEST_CONFIG)
class PostRequestPickupItemCreate(TypedDict, total=False):
    """The fields to create a `PostRequestPickupItem` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    order_product_id: Required[int]
    """At least 1."""
    quantity: Required[int]
    """At least 1."""
