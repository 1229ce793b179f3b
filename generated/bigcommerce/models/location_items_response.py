# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemsResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .location_items_response_identity import (
    LocationItemsResponseIdentity,
    LocationItemsResponseIdentityCreate,
    LocationItemsResponseIdentityUpdate,
)
from .location_items_response_settings import (
    LocationItemsResponseSettings,
    LocationItemsResponseSettingsCreate,
    LocationItemsResponseSettingsUpdate,
)


class LocationItemsResponse(ApiModel):
    """`LocationItemsResponse`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    identity: LocationItemsResponseIdentity | None = None
    available_to_sell: int | None = None
    total_inventory_onhand: int | None = None
    settings: LocationItemsResponseSettings | None = None


@with_config(REQUEST_CONFIG)
class LocationItemsResponseCreate(TypedDict, total=False):
    """The fields to create a `LocationItemsResponse` with; unknown keys are refused."""

    identity: LocationItemsResponseIdentityCreate
    available_to_sell: int
    total_inventory_onhand: int
    settings: LocationItemsResponseSettingsCreate


@with_config(REQUEST_CONFIG)
class LocationItemsResponseUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemsResponse` with; unknown keys are refused."""

    identity: LocationItemsResponseIdentityUpdate
    available_to_sell: int
    total_inventory_onhand: int
    settings: LocationItemsResponseSettingsUpdate
