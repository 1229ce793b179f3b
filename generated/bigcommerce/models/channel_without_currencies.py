# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelWithoutCurrencies` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ChannelWithoutCurrencies(ApiModel):
    """`ChannelWithoutCurrencies`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    external_id: str | None = None
    is_listable_from_ui: bool | None = None
    is_enabled: bool | None = None
    is_visible: bool | None = None
    status: str | None = None
    name: str | None = None
    type: str | None = None
    platform: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    icon_url: str | None = None


@with_config(REQUEST_CONFIG)
class ChannelWithoutCurrenciesCreate(TypedDict, total=False):
    """The fields to create a `ChannelWithoutCurrencies` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    id: Required[int]
    external_id: str
    is_listable_from_ui: bool
    is_enabled: bool
    is_visible: bool
    status: Literal[
        "active",
        "prelaunch",
        "inactive",
        "connected",
        "disconnected",
        "archived",
        "deleted",
        "terminated",
    ]
    name: Required[str]
    type: Literal["pos", "marketplace", "storefront", "marketing"]
    platform: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    icon_url: str


@with_config(REQUEST_CONFIG)
class ChannelWithoutCurrenciesUpdate(TypedDict, total=False):
    """The fields to update a `ChannelWithoutCurrencies` with; unknown keys are refused."""

    id: int
    external_id: str
    is_listable_from_ui: bool
    is_enabled: bool
    is_visible: bool
    status: Literal[
        "active",
        "prelaunch",
        "inactive",
        "connected",
        "disconnected",
        "archived",
        "deleted",
        "terminated",
    ]
    name: str
    type: Literal["pos", "marketplace", "storefront", "marketing"]
    platform: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    icon_url: str
