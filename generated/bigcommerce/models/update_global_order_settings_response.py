# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `UpdateGlobalOrderSettingsResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .global_order_settings_notifications import (
    GlobalOrderSettingsNotifications,
    GlobalOrderSettingsNotificationsCreate,
    GlobalOrderSettingsNotificationsUpdate,
)


class UpdateGlobalOrderSettingsResponse(ApiModel):
    """`UpdateGlobalOrderSettingsResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: GlobalOrderSettingsNotifications | None = None
    meta: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class UpdateGlobalOrderSettingsResponseCreate(TypedDict, total=False):
    """The fields to create a `UpdateGlobalOrderSettingsResponse` with; unknown keys are refused."""

    notifications: GlobalOrderSettingsNotificationsCreate
    meta: dict[str, Any]


@with_config(REQUEST_CONFIG)
class UpdateGlobalOrderSettingsResponseUpdate(TypedDict, total=False):
    """The fields to update a `UpdateGlobalOrderSettingsResponse` with; unknown keys are refused."""

    notifications: GlobalOrderSettingsNotificationsUpdate
    meta: dict[str, Any]
