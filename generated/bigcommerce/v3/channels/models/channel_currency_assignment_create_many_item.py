# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelCurrencyAssignmentCreateManyItemModel` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ChannelCurrencyAssignmentCreateManyItemModel(ApiModel):
    """`ChannelCurrencyAssignmentCreateManyItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    channel_id: int | None = None
    """Required to create and update."""
    enabled_currencies: list[str] | None = None
    """Required to create and update."""
    default_currency: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ChannelCurrencyAssignmentCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    channel_id: Required[int]
    enabled_currencies: Required[list[str]]
    default_currency: Required[str]


@with_config(REQUEST_CONFIG)
class ChannelCurrencyAssignmentUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    channel_id: Required[int]
    enabled_currencies: Required[list[str]]
    default_currency: Required[str]
