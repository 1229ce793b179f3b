# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistItemFull` model."""

from __future__ import annotations

from .._model import ApiModel


class WishlistItemFull(ApiModel):
    """`WishlistItemFull`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    product_id: int | None = None
    variant_id: int | None = None
