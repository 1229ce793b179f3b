# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartPostVariantGiftWrapping` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_post_variant_gift_wrapping_wrap_details_item import (
    CartPostVariantGiftWrappingWrapDetailsItem,
    CartPostVariantGiftWrappingWrapDetailsItemCreate,
    CartPostVariantGiftWrappingWrapDetailsItemUpdate,
)


class CartPostVariantGiftWrapping(ApiModel):
    """`CartPostVariantGiftWrapping`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    wrap_together: bool | None = None
    wrap_details: list[CartPostVariantGiftWrappingWrapDetailsItem] | None = None


@with_config(REQUEST_CONFIG)
class CartPostVariantGiftWrappingCreate(TypedDict, total=False):
    """The fields to create a `CartPostVariantGiftWrapping` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    wrap_together: bool
    wrap_details: list[CartPostVariantGiftWrappingWrapDetailsItemCreate]


@with_config(REQUEST_CONFIG)
class CartPostVariantGiftWrappingUpdate(TypedDict, total=False):
    """The fields to update a `CartPostVariantGiftWrapping` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    wrap_together: bool
    wrap_details: list[CartPostVariantGiftWrappingWrapDetailsItemUpdate]
