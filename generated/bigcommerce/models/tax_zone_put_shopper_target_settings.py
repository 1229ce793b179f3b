# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePUTShopperTargetSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_put_shopper_target_settings_locations_item import (
    TaxZonePUTShopperTargetSettingsLocationsItem,
    TaxZonePUTShopperTargetSettingsLocationsItemUpdate,
)


class TaxZonePUTShopperTargetSettings(ApiModel):
    """`TaxZonePUTShopperTargetSettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    locations: list[TaxZonePUTShopperTargetSettingsLocationsItem] | None = None
    customer_groups: list[int] | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePUTShopperTargetSettingsUpdate(TypedDict, total=False):
    """The fields to update a `TaxZonePUTShopperTargetSettings` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    locations: list[TaxZonePUTShopperTargetSettingsLocationsItemUpdate]
    customer_groups: list[int]
