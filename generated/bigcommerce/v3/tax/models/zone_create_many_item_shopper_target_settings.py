# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateManyItemShopperTargetSettings` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_item_shopper_target_settings_location import (
    ZoneItemShopperTargetSettingsLocation,
    ZoneItemShopperTargetSettingsLocationCreate,
)


class ZoneCreateManyItemShopperTargetSettings(ApiModel):
    """`ZoneCreateManyItemShopperTargetSettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    locations: list[ZoneItemShopperTargetSettingsLocation] | None = None
    """Required to create and update."""
    customer_groups: list[int] | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateManyItemShopperTargetSettingsCreate(TypedDict, total=False):
    """The fields to create a `ZoneCreateManyItemShopperTargetSettings` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    locations: Required[list[ZoneItemShopperTargetSettingsLocationCreate]]
    customer_groups: list[int]
