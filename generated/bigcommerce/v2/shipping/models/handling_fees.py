# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `HandlingFees` model."""

from __future__ import annotations

from ...._model import ApiModel


class HandlingFees(ApiModel):
    """`HandlingFees`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    fixed_surcharge: str | None = None
    display_separately: bool | None = None
    percentage_surcharge: str | None = None
