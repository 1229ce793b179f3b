# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutConsignmentUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_consignment_update_address import (
    CheckoutConsignmentUpdateAddress,
    CheckoutConsignmentUpdateAddressUpdate,
)
from .checkout_consignment_update_custom_shipping import (
    CheckoutConsignmentUpdateCustomShipping,
    CheckoutConsignmentUpdateCustomShippingUpdate,
)
from .checkout_create_many_item_line_item import (
    CheckoutCreateManyItemLineItem,
    CheckoutCreateManyItemLineItemUpdate,
)
from .checkout_create_many_item_pickup_option import (
    CheckoutCreateManyItemPickupOption,
    CheckoutCreateManyItemPickupOptionUpdate,
)


class V3CheckoutConsignmentUpdate(ApiModel):
    """`V3CheckoutConsignmentUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address: CheckoutConsignmentUpdateAddress | None = None
    line_items: list[CheckoutCreateManyItemLineItem] | None = None
    shipping_option_id: str | None = None
    pickup_option: CheckoutCreateManyItemPickupOption | None = None
    custom_shipping: CheckoutConsignmentUpdateCustomShipping | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    address: CheckoutConsignmentUpdateAddressUpdate
    line_items: list[CheckoutCreateManyItemLineItemUpdate]
    shipping_option_id: str
    pickup_option: CheckoutCreateManyItemPickupOptionUpdate
    custom_shipping: CheckoutConsignmentUpdateCustomShippingUpdate
    version: int
