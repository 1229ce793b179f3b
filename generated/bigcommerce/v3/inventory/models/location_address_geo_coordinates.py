# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationAddressGeoCoordinates` model."""

from __future__ import annotations

from ...._model import ApiModel


class LocationAddressGeoCoordinates(ApiModel):
    """`LocationAddressGeoCoordinates`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    latitude: int | float | None = None
    longitude: int | float | None = None
