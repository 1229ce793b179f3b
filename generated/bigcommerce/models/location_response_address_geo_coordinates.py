# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationResponseAddressGeoCoordinates` model."""

from __future__ import annotations

from .._model import ApiModel


class LocationResponseAddressGeoCoordinates(ApiModel):
    """`LocationResponseAddressGeoCoordinates`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    latitude: int | float | None = None
    longitude: int | float | None = None
