# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCustomItem` model."""

from __future__ import annotations

from ...._model import ApiModel


class CartCustomItem(ApiModel):
    """`CartCustomItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    sku: str | None = None
    name: str | None = None
    quantity: str | None = None
    list_price: str | None = None
    extended_list_price: int | float | None = None
    image_url: str | None = None
