# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemAddressCustomFieldsItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentsItemAddressCustomFieldsItem(ApiModel):
    """`CheckoutConsignmentsItemAddressCustomFieldsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    field_id: str | None = None
    field_value: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemAddressCustomFieldsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItemAddressCustomFieldsItem` with; unknown
    keys are refused.
    """

    field_id: str
    field_value: str


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemAddressCustomFieldsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItemAddressCustomFieldsItem` with; unknown
    keys are refused.
    """

    field_id: str
    field_value: str
