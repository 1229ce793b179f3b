# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateGiftCertificateSender` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartCreateGiftCertificateSender(ApiModel):
    """`CartCreateGiftCertificateSender`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    email: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreateGiftCertificateSenderCreate(TypedDict, total=False):
    """The fields to create a `CartCreateGiftCertificateSender` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    name: str
    email: str


@with_config(REQUEST_CONFIG)
class CartCreateGiftCertificateSenderUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateGiftCertificateSender` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    name: str
    email: str
