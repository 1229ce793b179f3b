# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutBillingAddressCreateCustomField` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutBillingAddressCreateCustomField(ApiModel):
    """`CheckoutBillingAddressCreateCustomField`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    field_id: str | None = None
    field_value: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutBillingAddressCreateCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `CheckoutBillingAddressCreateCustomField` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    field_id: str
    field_value: str


@with_config(REQUEST_CONFIG)
class CheckoutBillingAddressCreateCustomFieldUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutBillingAddressCreateCustomField` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    field_id: str
    field_value: str
