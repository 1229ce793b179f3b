# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationAddress` model."""

from __future__ import annotations

from ...._model import ApiModel
from .location_address_geo_coordinates import LocationAddressGeoCoordinates


class LocationAddress(ApiModel):
    """`LocationAddress`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    email: str | None = None
    phone: str | None = None
    geo_coordinates: LocationAddressGeoCoordinates | None = None
    country_code: str | None = None
