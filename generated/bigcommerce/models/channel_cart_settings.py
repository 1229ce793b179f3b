# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ChannelCartSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ChannelCartSettings(ApiModel):
    """`ChannelCartSettings`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    allow_purchasing: bool | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class ChannelCartSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ChannelCartSettings` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    allow_purchasing: bool | None
