# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItems` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_cart_line_items_custom_items_item import (
    CheckoutCartLineItemsCustomItemsItem,
    CheckoutCartLineItemsCustomItemsItemCreate,
    CheckoutCartLineItemsCustomItemsItemUpdate,
)
from .checkout_cart_line_items_digital_items_item import (
    CheckoutCartLineItemsDigitalItemsItem,
    CheckoutCartLineItemsDigitalItemsItemCreate,
    CheckoutCartLineItemsDigitalItemsItemUpdate,
)
from .checkout_cart_line_items_gift_certificates_item import (
    CheckoutCartLineItemsGiftCertificatesItem,
    CheckoutCartLineItemsGiftCertificatesItemCreate,
    CheckoutCartLineItemsGiftCertificatesItemUpdate,
)
from .checkout_cart_line_items_physical_items_item import (
    CheckoutCartLineItemsPhysicalItemsItem,
    CheckoutCartLineItemsPhysicalItemsItemCreate,
    CheckoutCartLineItemsPhysicalItemsItemUpdate,
)


class CheckoutCartLineItems(ApiModel):
    """`CheckoutCartLineItems`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    physical_items: list[CheckoutCartLineItemsPhysicalItemsItem] | None = None
    digital_items: list[CheckoutCartLineItemsDigitalItemsItem] | None = None
    gift_certificates: list[CheckoutCartLineItemsGiftCertificatesItem] | None = None
    custom_items: list[CheckoutCartLineItemsCustomItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItems` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    physical_items: Required[list[CheckoutCartLineItemsPhysicalItemsItemCreate]]
    digital_items: Required[list[CheckoutCartLineItemsDigitalItemsItemCreate]]
    gift_certificates: Required[list[CheckoutCartLineItemsGiftCertificatesItemCreate]]
    custom_items: list[CheckoutCartLineItemsCustomItemsItemCreate]


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItems` with; unknown keys are refused."""

    physical_items: list[CheckoutCartLineItemsPhysicalItemsItemUpdate]
    digital_items: list[CheckoutCartLineItemsDigitalItemsItemUpdate]
    gift_certificates: list[CheckoutCartLineItemsGiftCertificatesItemUpdate]
    custom_items: list[CheckoutCartLineItemsCustomItemsItemUpdate]
