# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemUpdateSetting` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .location_item_update_setting_identity import (
    LocationItemUpdateSettingIdentity,
    LocationItemUpdateSettingIdentityUpdate,
)


class LocationItemUpdateSetting(ApiModel):
    """`LocationItemUpdateSetting`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    identity: LocationItemUpdateSettingIdentity | None = None
    safety_stock: int | None = None
    is_in_stock: bool | None = None
    warning_level: int | None = None
    bin_picking_number: str | None = None


@with_config(REQUEST_CONFIG)
class LocationItemUpdateSettingUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemUpdateSetting` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    identity: LocationItemUpdateSettingIdentityUpdate
    safety_stock: int
    is_in_stock: bool
    warning_level: int
    bin_picking_number: str
