# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelCurrencyAssignmentCreateModel` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ChannelCurrencyAssignmentCreateModel(ApiModel):
    """`ChannelCurrencyAssignmentCreateModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    enabled_currencies: list[str] | None = None
    """Required to create and update."""
    default_currency: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ChannelCurrencyAssignmentCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    enabled_currencies: Required[list[str]]
    default_currency: Required[str]


@with_config(REQUEST_CONFIG)
class ChannelCurrencyAssignmentUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    enabled_currencies: Required[list[str]]
    default_currency: Required[str]
