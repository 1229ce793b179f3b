# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupMethod` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PickupMethod(ApiModel):
    """`PickupMethod`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    location_id: int | None = None
    display_name: str | None = None
    collection_instructions: str | None = None
    collection_time_description: str | None = None


@with_config(REQUEST_CONFIG)
class PickupMethodCreate(TypedDict, total=False):
    """The fields to create a `PickupMethod` with; unknown keys are refused."""

    id: int
    location_id: int
    display_name: str
    collection_instructions: str
    collection_time_description: str


@with_config(REQUEST_CONFIG)
class PickupMethodUpdate(TypedDict, total=False):
    """The fields to update a `PickupMethod` with; unknown keys are refused."""

    id: int
    location_id: int
    display_name: str
    collection_instructions: str
    collection_time_description: str
