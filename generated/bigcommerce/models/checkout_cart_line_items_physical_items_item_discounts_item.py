# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsPhysicalItemsItemDiscountsItem` model and the bodies of its create
and update calls.
"""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartLineItemsPhysicalItemsItemDiscountsItem(ApiModel):
    """`CheckoutCartLineItemsPhysicalItemsItemDiscountsItem`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    id: Any | None = None
    discounted_amount: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsPhysicalItemsItemDiscountsItem` with; unknown
    keys are refused.
    """

    id: Any
    discounted_amount: float


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsPhysicalItemsItemDiscountsItem` with; unknown
    keys are refused.
    """

    id: Any
    discounted_amount: float
