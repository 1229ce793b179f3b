# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsCustomItemsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartLineItemsCustomItemsItem(ApiModel):
    """`CheckoutCartLineItemsCustomItemsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity: float | None = None
    id: str | None = None
    extended_list_price: float | None = None
    list_price: float | None = None
    sku: str | None = None
    name: str | None = None
    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsCustomItemsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsCustomItemsItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    quantity: Required[float]
    id: str
    extended_list_price: float
    list_price: float
    sku: str
    name: str
    image_url: str


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsCustomItemsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsCustomItemsItem` with; unknown keys are
    refused.
    """

    quantity: float
    id: str
    extended_list_price: float
    list_price: float
    sku: str
    name: str
    image_url: str
