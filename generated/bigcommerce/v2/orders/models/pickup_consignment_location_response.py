# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentLocationResponse` model."""

from __future__ import annotations

from ...._model import ApiModel


class PickupConsignmentLocationResponse(ApiModel):
    """`PickupConsignmentLocationResponse`: an object of the v2 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    name: str | None = None
    """At most 255 characters."""
    code: str | None = None
    """At most 50 characters."""
    address_line_1: str | None = None
    """At most 255 characters."""
    address_line_2: str | None = None
    """At most 255 characters."""
    city: str | None = None
    """At most 255 characters."""
    state: str | None = None
    """At most 255 characters."""
    postal_code: str | None = None
    """At most 50 characters."""
    country_alpha2: str | None = None
    """Exactly 2 characters."""
    email: str | None = None
    """At most 255 characters."""
    phone: str | None = None
    """At most 125 characters."""
