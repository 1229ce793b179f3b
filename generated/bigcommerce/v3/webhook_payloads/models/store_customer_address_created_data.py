# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_customer_address_created_data_address import StoreCustomerAddressCreatedDataAddress


class StoreCustomerAddressCreatedData(ApiModel):
    """`StoreCustomerAddressCreatedData`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    type: str | None = None
    id: int
    address: StoreCustomerAddressCreatedDataAddress | None = None
