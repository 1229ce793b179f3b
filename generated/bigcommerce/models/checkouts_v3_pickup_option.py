# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutsV3PickupOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutsV3PickupOption(ApiModel):
    """`CheckoutsV3PickupOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    pickup_method_id: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutsV3PickupOptionCreate(TypedDict, total=False):
    """The fields to create a `CheckoutsV3PickupOption` with; unknown keys are refused."""

    pickup_method_id: int


@with_config(REQUEST_CONFIG)
class CheckoutsV3PickupOptionUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutsV3PickupOption` with; unknown keys are refused."""

    pickup_method_id: int
