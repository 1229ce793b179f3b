# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `CurrencyNotRequiredWithChannelId` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CurrencyNotRequiredWithChannelId(ApiModel):
    """`CurrencyNotRequiredWithChannelId`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    channel_id: int | None = None
    enabled_currencies: list[str] | None = None
    default_currency: str | None = None


@with_config(REQUEST_CONFIG)
class CurrencyNotRequiredWithChannelIdCreate(TypedDict, total=False):
    """The fields to create a `CurrencyNotRequiredWithChannelId` with; unknown keys are refused."""

    channel_id: int
    enabled_currencies: list[str]
    default_currency: str


@with_config(REQUEST_CONFIG)
class CurrencyNotRequiredWithChannelIdUpdate(TypedDict, total=False):
    """The fields to update a `CurrencyNotRequiredWithChannelId` with; unknown keys are refused."""

    channel_id: int
    enabled_currencies: list[str]
    default_currency: str
