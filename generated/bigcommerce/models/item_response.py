# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_response_identity import (
    ItemResponseIdentity,
    ItemResponseIdentityCreate,
    ItemResponseIdentityUpdate,
)
from .item_response_locations_item import (
    ItemResponseLocationsItem,
    ItemResponseLocationsItemCreate,
    ItemResponseLocationsItemUpdate,
)


class ItemResponse(ApiModel):
    """`ItemResponse`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    identity: ItemResponseIdentity | None = None
    locations: list[ItemResponseLocationsItem] | None = None


@with_config(REQUEST_CONFIG)
class ItemResponseCreate(TypedDict, total=False):
    """The fields to create a `ItemResponse` with; unknown keys are refused."""

    identity: ItemResponseIdentityCreate
    locations: list[ItemResponseLocationsItemCreate]


@with_config(REQUEST_CONFIG)
class ItemResponseUpdate(TypedDict, total=False):
    """The fields to update a `ItemResponse` with; unknown keys are refused."""

    identity: ItemResponseIdentityUpdate
    locations: list[ItemResponseLocationsItemUpdate]
