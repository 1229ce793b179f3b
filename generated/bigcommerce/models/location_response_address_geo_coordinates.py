# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationResponseAddressGeoCoordinates` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class LocationResponseAddressGeoCoordinates(ApiModel):
    """`LocationResponseAddressGeoCoordinates`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    latitude: float | None = None
    longitude: float | None = None


@with_config(REQUEST_CONFIG)
class LocationResponseAddressGeoCoordinatesCreate(TypedDict, total=False):
    """The fields to create a `LocationResponseAddressGeoCoordinates` with; unknown keys are
    refused.
    """

    latitude: float
    longitude: float


@with_config(REQUEST_CONFIG)
class LocationResponseAddressGeoCoordinatesUpdate(TypedDict, total=False):
    """The fields to update a `LocationResponseAddressGeoCoordinates` with; unknown keys are
    refused.
    """

    latitude: float
    longitude: float
