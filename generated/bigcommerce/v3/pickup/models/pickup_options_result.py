# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsResult` model."""

from __future__ import annotations

from ...._model import ApiModel
from .pickup_option_pickup_option import PickupOptionPickupOption


class PickupOptionsResult(ApiModel):
    """`PickupOptionsResult`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    pickup_options: list[PickupOptionPickupOption] | None = None
