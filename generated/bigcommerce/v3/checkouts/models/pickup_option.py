# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `PickupOption` model."""

from __future__ import annotations

from ...._model import ApiModel


class PickupOption(ApiModel):
    """`PickupOption`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    pickup_method_id: int | None = None
