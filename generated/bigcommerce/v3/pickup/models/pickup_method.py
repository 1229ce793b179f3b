# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupMethod` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class PickupMethod(ApiModel):
    """`PickupMethod`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.pickup.methods`: `all`, `create_many`, `update_many`.
    """

    id: int
    location_id: int | None = None
    display_name: str | None = None
    """At most 250 characters."""
    collection_instructions: str | None = None
    """At most 250 characters."""
    collection_time_description: str | None = None
    """At most 250 characters."""
    location_identity: int | None = None
    """Deprecated."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
