# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationsCreateRequestItemAddress` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .locations_create_request_item_address_geo_coordinates import (
    LocationsCreateRequestItemAddressGeoCoordinates,
    LocationsCreateRequestItemAddressGeoCoordinatesCreate,
)


class LocationsCreateRequestItemAddress(ApiModel):
    """`LocationsCreateRequestItemAddress`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    address1: str | None = None
    """Required to create and update."""
    address2: str | None = None
    city: str | None = None
    """Required to create and update."""
    state: str | None = None
    """Required to create and update."""
    zip: str | None = None
    """Required to create and update."""
    email: str | None = None
    """Required to create and update."""
    phone: str | None = None
    geo_coordinates: LocationsCreateRequestItemAddressGeoCoordinates | None = None
    """Required to create and update."""
    country_code: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationsCreateRequestItemAddressCreate(TypedDict, total=False):
    """The fields to create a `LocationsCreateRequestItemAddress` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    address1: Required[str]
    address2: str
    city: Required[str]
    state: Required[str]
    zip: Required[str]
    email: Required[str]
    phone: str
    geo_coordinates: Required[LocationsCreateRequestItemAddressGeoCoordinatesCreate]
    country_code: Required[str]
