# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsPhysicalItemsItemGiftWrapping` model and the bodies of its create
and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartLineItemsPhysicalItemsItemGiftWrapping(ApiModel):
    """`CheckoutCartLineItemsPhysicalItemsItemGiftWrapping`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
    """

    name: str | None = None
    message: str | None = None
    amount: float | None = None
    amount_as_integer: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsPhysicalItemsItemGiftWrapping` with; unknown
    keys are refused.
    """

    name: str
    message: str
    amount: float
    amount_as_integer: float


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsPhysicalItemsItemGiftWrapping` with; unknown
    keys are refused.
    """

    name: str
    message: str
    amount: float
    amount_as_integer: float
