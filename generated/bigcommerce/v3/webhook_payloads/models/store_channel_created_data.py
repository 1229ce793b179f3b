# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreChannelCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreChannelCreatedData(ApiModel):
    """`StoreChannelCreatedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    """Read-only: set by the API, never sent. Default `'channel'`."""
    id: int
