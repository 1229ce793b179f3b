# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationResponseAddress` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .location_response_address_geo_coordinates import (
    LocationResponseAddressGeoCoordinates,
    LocationResponseAddressGeoCoordinatesCreate,
    LocationResponseAddressGeoCoordinatesUpdate,
)


class LocationResponseAddress(ApiModel):
    """`LocationResponseAddress`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    email: str | None = None
    phone: str | None = None
    geo_coordinates: LocationResponseAddressGeoCoordinates | None = None
    country_code: str | None = None


@with_config(REQUEST_CONFIG)
class LocationResponseAddressCreate(TypedDict, total=False):
    """The fields to create a `LocationResponseAddress` with; unknown keys are refused."""

    address1: str
    address2: str
    city: str
    state: str
    zip: str
    email: str
    phone: str
    geo_coordinates: LocationResponseAddressGeoCoordinatesCreate
    country_code: str


@with_config(REQUEST_CONFIG)
class LocationResponseAddressUpdate(TypedDict, total=False):
    """The fields to update a `LocationResponseAddress` with; unknown keys are refused."""

    address1: str
    address2: str
    city: str
    state: str
    zip: str
    email: str
    phone: str
    geo_coordinates: LocationResponseAddressGeoCoordinatesUpdate
    country_code: str
