# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ItemGiftCertificate` model."""

from __future__ import annotations

from ...._model import ApiModel
from .contact_entity import ContactEntity


class ItemGiftCertificate(ApiModel):
    """`ItemGiftCertificate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    theme: str | None = None
    amount: int | float | None = None
    sender: ContactEntity | None = None
    recipient: ContactEntity | None = None
    id: str | None = None
    name: str | None = None
    taxable: bool | None = None
    message: str | None = None
