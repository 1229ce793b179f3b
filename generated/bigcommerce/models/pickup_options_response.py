# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .pickup_options_response_results_item import (
    PickupOptionsResponseResultsItem,
    PickupOptionsResponseResultsItemCreate,
    PickupOptionsResponseResultsItemUpdate,
)


class PickupOptionsResponse(ApiModel):
    """`PickupOptionsResponse`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    results: list[PickupOptionsResponseResultsItem] | None = None


@with_config(REQUEST_CONFIG)
class PickupOptionsResponseCreate(TypedDict, total=False):
    """The fields to create a `PickupOptionsResponse` with; unknown keys are refused."""

    results: list[PickupOptionsResponseResultsItemCreate]


@with_config(REQUEST_CONFIG)
class PickupOptionsResponseUpdate(TypedDict, total=False):
    """The fields to update a `PickupOptionsResponse` with; unknown keys are refused."""

    results: list[PickupOptionsResponseResultsItemUpdate]
