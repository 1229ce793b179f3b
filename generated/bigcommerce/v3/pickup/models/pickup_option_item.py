# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PickupOptionItem(ApiModel):
    """`PickupOptionItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    variant_id: int | None = None
    """Required to create and update."""
    quantity: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PickupOptionItemCreate(TypedDict, total=False):
    """The fields to create a `PickupOptionItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    variant_id: Required[int]
    quantity: Required[int]
