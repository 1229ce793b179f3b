# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateGiftCertificate` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_gift_certificate_sender import (
    CartCreateGiftCertificateSender,
    CartCreateGiftCertificateSenderCreate,
    CartCreateGiftCertificateSenderUpdate,
)


class CartCreateGiftCertificate(ApiModel):
    """`CartCreateGiftCertificate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    theme: str | None = None
    """Required to create and update. One of: `'Birthday'`, `'Boy'`, `'Celebration'`,
    `'Christmas'`, `'General'`, `'Girl'`.
    """
    amount: int | float | None = None
    """Required to create and update. From 1 to 1000."""
    quantity: int | None = None
    """Required to create and update. At least 1."""
    sender: CartCreateGiftCertificateSender | None = None
    """Required to create and update."""
    recipient: CartCreateGiftCertificateSender | None = None
    """Required to create and update."""
    message: str | None = None
    """At most 200."""


@with_config(REQUEST_CONFIG)
class CartCreateGiftCertificateCreate(TypedDict, total=False):
    """The fields to create a `CartCreateGiftCertificate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    theme: Required[Literal["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]]
    amount: Required[int | float]
    """From 1 to 1000."""
    quantity: Required[int]
    """At least 1."""
    sender: Required[CartCreateGiftCertificateSenderCreate]
    recipient: Required[CartCreateGiftCertificateSenderCreate]
    message: str
    """At most 200."""


@with_config(REQUEST_CONFIG)
class CartCreateGiftCertificateUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateGiftCertificate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    theme: Required[Literal["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]]
    amount: Required[int | float]
    """From 1 to 1000."""
    quantity: Required[int]
    """At least 1."""
    sender: Required[CartCreateGiftCertificateSenderUpdate]
    recipient: Required[CartCreateGiftCertificateSenderUpdate]
    message: str
    """At most 200."""
