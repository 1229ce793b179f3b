# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_consignment_create_many_item_address import (
    CheckoutConsignmentCreateManyItemAddress,
    CheckoutConsignmentCreateManyItemAddressCreate,
)
from .checkout_create_many_item_line_item import (
    CheckoutCreateManyItemLineItem,
    CheckoutCreateManyItemLineItemCreate,
)
from .checkout_create_many_item_pickup_option import (
    CheckoutCreateManyItemPickupOption,
    CheckoutCreateManyItemPickupOptionCreate,
)


class CheckoutConsignmentCreateManyItemModel(ApiModel):
    """`CheckoutConsignmentCreateManyItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    address: CheckoutConsignmentCreateManyItemAddress | None = None
    line_items: list[CheckoutCreateManyItemLineItem] | None = None
    pickup_option: CheckoutCreateManyItemPickupOption | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    address: CheckoutConsignmentCreateManyItemAddressCreate
    line_items: list[CheckoutCreateManyItemLineItemCreate]
    pickup_option: CheckoutCreateManyItemPickupOptionCreate
    version: int
