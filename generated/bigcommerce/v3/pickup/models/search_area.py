# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `SearchArea` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...shared.models.coordinates import Coordinates, CoordinatesCreate
from .search_area_radius import SearchAreaRadius, SearchAreaRadiusCreate


class SearchArea(ApiModel):
    """`SearchArea`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    coordinates: Coordinates | None = None
    radius: SearchAreaRadius | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class SearchAreaCreate(TypedDict, total=False):
    """The fields to create a `SearchArea` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    coordinates: CoordinatesCreate
    radius: Required[SearchAreaRadiusCreate]
