# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupMethodPickupMethod` model."""

from __future__ import annotations

from ...._model import ApiModel


class PickupMethodPickupMethod(ApiModel):
    """`PickupMethodPickupMethod`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    location_id: int | None = None
    display_name: str | None = None
    """At most 250 characters."""
    collection_instructions: str | None = None
    """At most 250 characters."""
    collection_time_description: str | None = None
    """At most 250 characters."""
