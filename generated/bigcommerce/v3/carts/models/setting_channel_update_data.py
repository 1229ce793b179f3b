# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannelUpdateData` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingChannelUpdateData(ApiModel):
    """`SettingChannelUpdateData`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.carts.settings.channels`: `get`, `update`.
    """

    allow_purchasing: bool | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class SettingChannelUpdateDataBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    allow_purchasing: bool | None
