# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullCurrency` model."""

from __future__ import annotations

from .._model import ApiModel


class CartFullCurrency(ApiModel):
    """`CartFullCurrency`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None
