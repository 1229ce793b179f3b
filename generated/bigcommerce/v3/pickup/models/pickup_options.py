# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptions` model."""

from __future__ import annotations

from ...._model import ApiModel
from .pickup_options_result import PickupOptionsResult


class PickupOptions(ApiModel):
    """`PickupOptions`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.pickup.options`: `create`.
    """

    results: list[PickupOptionsResult] | None = None
