# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneUpdateManyItemShopperTargetSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_item_shopper_target_settings_location import (
    ZoneItemShopperTargetSettingsLocation,
    ZoneItemShopperTargetSettingsLocationUpdate,
)


class ZoneUpdateManyItemShopperTargetSettings(ApiModel):
    """`ZoneUpdateManyItemShopperTargetSettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    locations: list[ZoneItemShopperTargetSettingsLocation] | None = None
    customer_groups: list[int] | None = None


@with_config(REQUEST_CONFIG)
class ZoneUpdateManyItemShopperTargetSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ZoneUpdateManyItemShopperTargetSettings` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    locations: list[ZoneItemShopperTargetSettingsLocationUpdate]
    customer_groups: list[int]
