# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingZoneLocations` model."""

from __future__ import annotations

from ...._model import ApiModel


class ShippingZoneLocations(ApiModel):
    """`ShippingZoneLocations`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    zip: str | None = None
    country_iso2: str | None = None
    state_iso2: str | None = None
