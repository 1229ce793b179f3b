# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `UpdateConsignmentRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_consignment_request_address import (
    UpdateConsignmentRequestAddress,
    UpdateConsignmentRequestAddressUpdate,
)
from .update_consignment_request_custom_shipping import (
    UpdateConsignmentRequestCustomShipping,
    UpdateConsignmentRequestCustomShippingUpdate,
)
from .update_consignment_request_line_items_item import (
    UpdateConsignmentRequestLineItemsItem,
    UpdateConsignmentRequestLineItemsItemUpdate,
)
from .update_consignment_request_pickup_option import (
    UpdateConsignmentRequestPickupOption,
    UpdateConsignmentRequestPickupOptionUpdate,
)


class UpdateConsignmentRequest(ApiModel):
    """`UpdateConsignmentRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address: UpdateConsignmentRequestAddress | None = None
    line_items: list[UpdateConsignmentRequestLineItemsItem] | None = None
    shipping_option_id: str | None = None
    pickup_option: UpdateConsignmentRequestPickupOption | None = None
    custom_shipping: UpdateConsignmentRequestCustomShipping | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class UpdateConsignmentRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateConsignmentRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    address: UpdateConsignmentRequestAddressUpdate
    line_items: list[UpdateConsignmentRequestLineItemsItemUpdate]
    shipping_option_id: str
    pickup_option: UpdateConsignmentRequestPickupOptionUpdate
    custom_shipping: UpdateConsignmentRequestCustomShippingUpdate
    version: int
