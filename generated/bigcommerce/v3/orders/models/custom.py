# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Custom` model."""

from __future__ import annotations

from ...._model import ApiModel


class Custom(ApiModel):
    """`Custom`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    payment_method: str | None = None
