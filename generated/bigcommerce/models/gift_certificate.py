# Generated from spec/v2/gift_certificates.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificate` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class GiftCertificate(ApiModel):
    """`GiftCertificate`: an object of the v2 `GiftCertificates` resource. Every field but `id`
    is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    customer_id: int | None = None
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    code: str | None = None
    amount: str | None = None
    """Required to create."""
    balance: str | None = None
    to_name: str | None = None
    """Required to create."""
    to_email: str | None = None
    """Required to create."""
    from_name: str | None = None
    """Required to create."""
    from_email: str | None = None
    """Required to create."""
    purchase_date: str | None = None
    expiry_date: str | None = None
    template: str | None = None
    """One of: `'birthday.html'`, `'boy.html'`, `'girl.html'`, `'celebration.html'`,
    `'christmas.html'`, `'general.html'`.
    """
    message: str | None = None
    status: str | None = None
    """One of: `'active'`, `'pending'`, `'disabled'`, `'expired'`."""
    currency_code: str | None = None

    def update(self, **fields: Unpack[GiftCertificateUpdate]) -> GiftCertificate:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.gift_certificates import GiftCertificates

        return self._resource(GiftCertificates).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.gift_certificates import GiftCertificates

        return self._resource(GiftCertificates).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class GiftCertificateCreate(TypedDict, total=False):
    """The fields to create a `GiftCertificate` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    customer_id: int
    code: str
    amount: Required[Decimal | float | int | str]
    balance: Decimal | float | int | str
    to_name: Required[str]
    to_email: Required[str]
    from_name: Required[str]
    from_email: Required[str]
    purchase_date: str
    expiry_date: str
    template: Literal[
        "birthday.html",
        "boy.html",
        "girl.html",
        "celebration.html",
        "christmas.html",
        "general.html",
    ]
    message: str
    status: Literal["active", "pending", "disabled", "expired"]
    currency_code: str


@with_config(REQUEST_CONFIG)
class GiftCertificateUpdate(TypedDict, total=False):
    """The fields to update a `GiftCertificate` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    customer_id: int
    code: str
    amount: Decimal | float | int | str
    balance: Decimal | float | int | str
    to_name: str
    to_email: str
    from_name: str
    from_email: str
    purchase_date: str
    expiry_date: str
    template: Literal[
        "birthday.html",
        "boy.html",
        "girl.html",
        "celebration.html",
        "christmas.html",
        "general.html",
    ]
    message: str
    status: Literal["active", "pending", "disabled", "expired"]
    currency_code: str
