# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentLocationLocation` model."""

from __future__ import annotations

from .._model import ApiModel


class PickupConsignmentLocationLocation(ApiModel):
    """`PickupConsignmentLocationLocation`: an object of the v2 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    name: str | None = None
    code: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country_alpha2: str | None = None
    email: str | None = None
    phone: str | None = None
