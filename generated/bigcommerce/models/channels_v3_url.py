# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ChannelsV3Url` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ChannelsV3Url(ApiModel):
    """`ChannelsV3Url`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    url: str | None = None
    type: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ChannelsV3UrlCreate(TypedDict, total=False):
    """The fields to create a `ChannelsV3Url` with; unknown keys are refused."""

    url: str
    type: Literal["checkout", "primary", "canonical"]
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ChannelsV3UrlUpdate(TypedDict, total=False):
    """The fields to update a `ChannelsV3Url` with; unknown keys are refused."""

    url: str
    type: Literal["checkout", "primary", "canonical"]
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
