# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_update_many_item_price_display_settings import (
    ZoneUpdateManyItemPriceDisplaySettings,
    ZoneUpdateManyItemPriceDisplaySettingsUpdate,
)
from .zone_update_many_item_shopper_target_settings import (
    ZoneUpdateManyItemShopperTargetSettings,
    ZoneUpdateManyItemShopperTargetSettingsUpdate,
)


class ZoneUpdateManyItemModel(ApiModel):
    """`ZoneUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create and update."""
    name: str | None = None
    enabled: bool | None = None
    """Default `true`."""
    price_display_settings: ZoneUpdateManyItemPriceDisplaySettings | None = None
    shopper_target_settings: ZoneUpdateManyItemShopperTargetSettings | None = None


@with_config(REQUEST_CONFIG)
class ZoneUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[int]
    name: str
    enabled: bool
    """Default `true`."""
    price_display_settings: ZoneUpdateManyItemPriceDisplaySettingsUpdate
    shopper_target_settings: ZoneUpdateManyItemShopperTargetSettingsUpdate
