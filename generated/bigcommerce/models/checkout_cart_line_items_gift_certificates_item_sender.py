# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsGiftCertificatesItemSender` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartLineItemsGiftCertificatesItemSender(ApiModel):
    """`CheckoutCartLineItemsGiftCertificatesItemSender`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    email: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemSenderCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsGiftCertificatesItemSender` with; unknown
    keys are refused.
    """

    name: str
    email: str


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemSenderUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsGiftCertificatesItemSender` with; unknown
    keys are refused.
    """

    name: str
    email: str
