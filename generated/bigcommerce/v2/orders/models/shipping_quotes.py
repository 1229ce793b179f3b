# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `ShippingQuotes` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class ShippingQuotes(ApiModel):
    """`ShippingQuotes`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.v2.orders.consignments.shipping.shipping_quotes`: `get`;
    `api.v2.orders.shipping_addresses.shipping_quotes`: `get`.
    """

    id: str
    uuid: str | None = None
    timestamp: str | None = None
    shipping_provider_id: str | None = None
    shipping_provider_quote: list[dict[str, Any]] | None = None
    provider_code: str | None = None
    carrier_code: str | None = None
    rate_code: str | None = None
    rate_id: str | None = None
    method_id: int | None = None
