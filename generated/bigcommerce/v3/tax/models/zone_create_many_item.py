# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_create_many_item_price_display_settings import (
    ZoneCreateManyItemPriceDisplaySettings,
    ZoneCreateManyItemPriceDisplaySettingsCreate,
)
from .zone_create_many_item_shopper_target_settings import (
    ZoneCreateManyItemShopperTargetSettings,
    ZoneCreateManyItemShopperTargetSettingsCreate,
)


class ZoneCreateManyItemModel(ApiModel):
    """`ZoneCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    enabled: bool | None = None
    """Default `true`."""
    price_display_settings: ZoneCreateManyItemPriceDisplaySettings | None = None
    shopper_target_settings: ZoneCreateManyItemShopperTargetSettings | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    enabled: bool
    """Default `true`."""
    price_display_settings: ZoneCreateManyItemPriceDisplaySettingsCreate
    shopper_target_settings: ZoneCreateManyItemShopperTargetSettingsCreate
