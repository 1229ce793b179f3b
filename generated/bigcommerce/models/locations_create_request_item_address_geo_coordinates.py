# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationsCreateRequestItemAddressGeoCoordinates` model and the bodies of its create
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class LocationsCreateRequestItemAddressGeoCoordinates(ApiModel):
    """`LocationsCreateRequestItemAddressGeoCoordinates`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    latitude: int | float | None = None
    """Required to create and update."""
    longitude: int | float | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationsCreateRequestItemAddressGeoCoordinatesCreate(TypedDict, total=False):
    """The fields to create a `LocationsCreateRequestItemAddressGeoCoordinates` with; unknown
    keys are sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the
    ones the documents require.
    """

    latitude: Required[int | float]
    longitude: Required[int | float]
