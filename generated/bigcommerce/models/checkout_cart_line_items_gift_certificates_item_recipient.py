# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsGiftCertificatesItemRecipient` model and the bodies of its create
and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartLineItemsGiftCertificatesItemRecipient(ApiModel):
    """`CheckoutCartLineItemsGiftCertificatesItemRecipient`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
    """

    name: str | None = None
    email: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemRecipientCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsGiftCertificatesItemRecipient` with; unknown
    keys are refused.
    """

    name: str
    email: str


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsGiftCertificatesItemRecipient` with; unknown
    keys are refused.
    """

    name: str
    email: str
