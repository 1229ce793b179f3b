# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneMethodHandlingFees` model."""

from __future__ import annotations

from ...._model import ApiModel


class ZoneMethodHandlingFees(ApiModel):
    """`ZoneMethodHandlingFees`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    fixed_surcharge: int | float | None = None
    percentage_surcharge: int | float | None = None
