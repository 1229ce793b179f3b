# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePOSTShopperTargetSettings` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_post_shopper_target_settings_locations_item import (
    TaxZonePOSTShopperTargetSettingsLocationsItem,
    TaxZonePOSTShopperTargetSettingsLocationsItemCreate,
)


class TaxZonePOSTShopperTargetSettings(ApiModel):
    """`TaxZonePOSTShopperTargetSettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    locations: list[TaxZonePOSTShopperTargetSettingsLocationsItem] | None = None
    """Required to create and update."""
    customer_groups: list[int] | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePOSTShopperTargetSettingsCreate(TypedDict, total=False):
    """The fields to create a `TaxZonePOSTShopperTargetSettings` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    locations: Required[list[TaxZonePOSTShopperTargetSettingsLocationsItemCreate]]
    customer_groups: list[int]
