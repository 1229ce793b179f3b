# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `CurrencyNotRequiredWithChannelId` model."""

from __future__ import annotations

from ...._model import ApiModel


class CurrencyNotRequiredWithChannelId(ApiModel):
    """`CurrencyNotRequiredWithChannelId`: an object of the v3 API. Every field is optional;
    unknown fields are kept. Answered by `api.channels.currency_assignments`: `all`, `create`,
    `create_many`, `get`, `update`, `update_many`.
    """

    channel_id: int | None = None
    enabled_currencies: list[str] | None = None
    default_currency: str | None = None
