# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .pickup_options_response_results_item import PickupOptionsResponseResultsItem


class PickupOptionsResponse(ApiModel):
    """`PickupOptionsResponse`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    results: list[PickupOptionsResponseResultsItem] | None = None
