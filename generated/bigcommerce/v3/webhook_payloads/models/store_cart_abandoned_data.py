# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartAbandonedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCartAbandonedData(ApiModel):
    """`StoreCartAbandonedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: str | None = None
    token: str | None = None
