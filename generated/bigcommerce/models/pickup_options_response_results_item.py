# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsResponseResultsItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .pickup_options_v3_pickup_option import PickupOptionsV3PickupOption


class PickupOptionsResponseResultsItem(ApiModel):
    """`PickupOptionsResponseResultsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    pickup_options: list[PickupOptionsV3PickupOption] | None = None
