# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `AppliedDiscount` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class AppliedDiscount(ApiModel):
    """`AppliedDiscount`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: Any | None = None
    discounted_amount: int | float | None = None
