# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemsSettingsRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .location_items_settings_request_settings_item import (
    LocationItemsSettingsRequestSettingsItem,
    LocationItemsSettingsRequestSettingsItemUpdate,
)


class LocationItemsSettingsRequest(ApiModel):
    """`LocationItemsSettingsRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    settings: list[LocationItemsSettingsRequestSettingsItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationItemsSettingsRequestUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemsSettingsRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    settings: Required[list[LocationItemsSettingsRequestSettingsItemUpdate]]
