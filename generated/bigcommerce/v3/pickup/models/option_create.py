# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `V3OptionCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .pickup_option_item import PickupOptionItem, PickupOptionItemCreate
from .search_area import SearchArea, SearchAreaCreate


class V3OptionCreate(ApiModel):
    """`V3OptionCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    search_area: SearchArea | None = None
    """Required to create and update."""
    items: list[PickupOptionItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class OptionCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    search_area: Required[SearchAreaCreate]
    items: Required[list[PickupOptionItemCreate]]
