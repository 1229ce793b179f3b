# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemUpdatePutGiftCertificatesItemSender` model and the bodies of its update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartLineItemUpdatePutGiftCertificatesItemSender(ApiModel):
    """`CartLineItemUpdatePutGiftCertificatesItemSender`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    email: str | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemUpdatePutGiftCertificatesItemSenderUpdate(TypedDict, total=False):
    """The fields to update a `CartLineItemUpdatePutGiftCertificatesItemSender` with; unknown
    keys are sent as given, with an `UnknownArgumentWarning`.
    """

    name: str
    email: str
