# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutBillingAddressCustomField` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutBillingAddressCustomField(ApiModel):
    """`CheckoutBillingAddressCustomField`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    field_id: str | None = None
    field_value: str | None = None
