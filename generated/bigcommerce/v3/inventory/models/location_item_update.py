# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .location_item_update_setting import LocationItemUpdateSetting, LocationItemUpdateSettingUpdate


class LocationItemUpdate(ApiModel):
    """`LocationItemUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    settings: list[LocationItemUpdateSetting] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationItemUpdateUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemUpdate` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    settings: Required[list[LocationItemUpdateSettingUpdate]]
