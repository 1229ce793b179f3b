# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `GiftWrapping` model."""

from __future__ import annotations

from ...._model import ApiModel


class GiftWrapping(ApiModel):
    """`GiftWrapping`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    message: str | None = None
    amount: int | float | None = None
