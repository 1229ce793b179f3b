# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .location_item_update_setting import LocationItemUpdateSetting, LocationItemUpdateSettingUpdate


class LocationItemUpdateModel(ApiModel):
    """`LocationItemUpdateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    settings: list[LocationItemUpdateSetting] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationItemUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    settings: Required[list[LocationItemUpdateSettingUpdate]]
