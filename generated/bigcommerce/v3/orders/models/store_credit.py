# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `StoreCredit` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCredit(ApiModel):
    """`StoreCredit`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    remaining_balance: int | float | None = None
