# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `SettingOtherNotificationsOrderPlaced` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingOtherNotificationsOrderPlaced(ApiModel):
    """`SettingOtherNotificationsOrderPlaced`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    email_addresses: list[str] | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class SettingOtherNotificationsOrderPlacedUpdate(TypedDict, total=False):
    """The fields to update a `SettingOtherNotificationsOrderPlaced` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    email_addresses: list[str] | None
