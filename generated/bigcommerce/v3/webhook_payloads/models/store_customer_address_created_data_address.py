# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressCreatedDataAddress` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCustomerAddressCreatedDataAddress(ApiModel):
    """`StoreCustomerAddressCreatedDataAddress`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    customer_id: int | None = None
