# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ActionGift` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ActionGift(ApiModel):
    """`ActionGift`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    quantity: int | None = None
    """Required to create and update."""
    product_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class ActionGiftCreate(TypedDict, total=False):
    """The fields to create a `ActionGift` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    quantity: Required[int]
    product_id: int
    variant_id: int


@with_config(REQUEST_CONFIG)
class ActionGiftUpdate(TypedDict, total=False):
    """The fields to update a `ActionGift` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    quantity: Required[int]
    product_id: int
    variant_id: int
