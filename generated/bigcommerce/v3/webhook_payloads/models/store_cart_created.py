# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartCreated` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_cart_created_data import StoreCartCreatedData


class StoreCartCreated(ApiModel):
    """`StoreCartCreated`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    created_at: int | None = None
    """Read-only: set by the API, never sent."""
    store_id: str | None = None
    """At least 1 character."""
    producer: str | None = None
    """At least 1 character."""
    scope: str | None = None
    """At least 1 character."""
    hash: str | None = None
    """At least 1 character."""
    data: StoreCartCreatedData | None = None
