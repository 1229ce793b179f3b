# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CreateConsignmentRequestItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_consignment_request_item_address import (
    CreateConsignmentRequestItemAddress,
    CreateConsignmentRequestItemAddressCreate,
)
from .create_consignment_request_item_line_items_item import (
    CreateConsignmentRequestItemLineItemsItem,
    CreateConsignmentRequestItemLineItemsItemCreate,
)
from .create_consignment_request_item_pickup_option import (
    CreateConsignmentRequestItemPickupOption,
    CreateConsignmentRequestItemPickupOptionCreate,
)


class CreateConsignmentRequestItem(ApiModel):
    """`CreateConsignmentRequestItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address: CreateConsignmentRequestItemAddress | None = None
    line_items: list[CreateConsignmentRequestItemLineItemsItem] | None = None
    pickup_option: CreateConsignmentRequestItemPickupOption | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CreateConsignmentRequestItemCreate(TypedDict, total=False):
    """The fields to create a `CreateConsignmentRequestItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    address: CreateConsignmentRequestItemAddressCreate
    line_items: list[CreateConsignmentRequestItemLineItemsItemCreate]
    pickup_option: CreateConsignmentRequestItemPickupOptionCreate
    version: int
