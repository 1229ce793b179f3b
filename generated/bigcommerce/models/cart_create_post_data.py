# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreatePostData` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_create_post_data_currency import (
    CartCreatePostDataCurrency,
    CartCreatePostDataCurrencyCreate,
)
from .cart_create_post_data_gift_certificates_item import (
    CartCreatePostDataGiftCertificatesItem,
    CartCreatePostDataGiftCertificatesItemCreate,
)
from .cart_create_post_data_line_items_item import (
    CartCreatePostDataLineItemsItem,
    CartCreatePostDataLineItemsItemCreate,
)
from .cart_post_custom_item_item import CartPostCustomItemItem, CartPostCustomItemItemCreate


class CartCreatePostData(ApiModel):
    """`CartCreatePostData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    customer_id: int | None = None
    line_items: list[CartCreatePostDataLineItemsItem] | None = None
    custom_items: list[CartPostCustomItemItem] | None = None
    gift_certificates: list[CartCreatePostDataGiftCertificatesItem] | None = None
    channel_id: int | None = None
    currency: CartCreatePostDataCurrency | None = None
    locale: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreatePostDataCreate(TypedDict, total=False):
    """The fields to create a `CartCreatePostData` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    customer_id: int
    line_items: list[CartCreatePostDataLineItemsItemCreate]
    custom_items: list[CartPostCustomItemItemCreate]
    gift_certificates: list[CartCreatePostDataGiftCertificatesItemCreate]
    channel_id: int
    currency: CartCreatePostDataCurrencyCreate
    locale: str
