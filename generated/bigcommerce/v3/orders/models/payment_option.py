# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentOption` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentOption(ApiModel):
    """`PaymentOption`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    provider_id: str | None = None
    provider_description: str | None = None
    amount: int | float | None = None
    offline: bool | None = None
    offline_provider: bool | None = None
    offline_reason: str | None = None
