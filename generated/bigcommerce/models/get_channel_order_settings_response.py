# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `GetChannelOrderSettingsResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channel_order_settings_notifications import (
    ChannelOrderSettingsNotifications,
    ChannelOrderSettingsNotificationsCreate,
    ChannelOrderSettingsNotificationsUpdate,
)


class GetChannelOrderSettingsResponse(ApiModel):
    """`GetChannelOrderSettingsResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: ChannelOrderSettingsNotifications | None = None
    meta: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class GetChannelOrderSettingsResponseCreate(TypedDict, total=False):
    """The fields to create a `GetChannelOrderSettingsResponse` with; unknown keys are refused."""

    notifications: ChannelOrderSettingsNotificationsCreate
    meta: dict[str, Any]


@with_config(REQUEST_CONFIG)
class GetChannelOrderSettingsResponseUpdate(TypedDict, total=False):
    """The fields to update a `GetChannelOrderSettingsResponse` with; unknown keys are refused."""

    notifications: ChannelOrderSettingsNotificationsUpdate
    meta: dict[str, Any]
