# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Coordinates` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Coordinates(ApiModel):
    """`Coordinates`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    latitude: int | float | None = None
    """Required to create and update."""
    longitude: int | float | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CoordinatesCreate(TypedDict, total=False):
    """The fields to create a `Coordinates` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    latitude: Required[int | float]
    longitude: Required[int | float]


@with_config(REQUEST_CONFIG)
class CoordinatesUpdate(TypedDict, total=False):
    """The fields to update a `Coordinates` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    latitude: Required[int | float]
    longitude: Required[int | float]
