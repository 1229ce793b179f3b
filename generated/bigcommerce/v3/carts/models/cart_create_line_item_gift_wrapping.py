# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateLineItemGiftWrapping` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_line_item_gift_wrapping_wrap_detail import (
    CartCreateLineItemGiftWrappingWrapDetail,
    CartCreateLineItemGiftWrappingWrapDetailCreate,
    CartCreateLineItemGiftWrappingWrapDetailUpdate,
)


class CartCreateLineItemGiftWrapping(ApiModel):
    """`CartCreateLineItemGiftWrapping`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    wrap_together: bool | None = None
    wrap_details: list[CartCreateLineItemGiftWrappingWrapDetail] | None = None


@with_config(REQUEST_CONFIG)
class CartCreateLineItemGiftWrappingCreate(TypedDict, total=False):
    """The fields to create a `CartCreateLineItemGiftWrapping` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    wrap_together: bool
    wrap_details: list[CartCreateLineItemGiftWrappingWrapDetailCreate]


@with_config(REQUEST_CONFIG)
class CartCreateLineItemGiftWrappingUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateLineItemGiftWrapping` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    wrap_together: bool
    wrap_details: list[CartCreateLineItemGiftWrappingWrapDetailUpdate]
