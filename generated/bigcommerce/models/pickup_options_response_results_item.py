# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsResponseResultsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .pickup_options_v3_pickup_option import (
    PickupOptionsV3PickupOption,
    PickupOptionsV3PickupOptionCreate,
    PickupOptionsV3PickupOptionUpdate,
)


class PickupOptionsResponseResultsItem(ApiModel):
    """`PickupOptionsResponseResultsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    pickup_options: list[PickupOptionsV3PickupOption] | None = None


@with_config(REQUEST_CONFIG)
class PickupOptionsResponseResultsItemCreate(TypedDict, total=False):
    """The fields to create a `PickupOptionsResponseResultsItem` with; unknown keys are refused."""

    pickup_options: list[PickupOptionsV3PickupOptionCreate]


@with_config(REQUEST_CONFIG)
class PickupOptionsResponseResultsItemUpdate(TypedDict, total=False):
    """The fields to update a `PickupOptionsResponseResultsItem` with; unknown keys are refused."""

    pickup_options: list[PickupOptionsV3PickupOptionUpdate]
