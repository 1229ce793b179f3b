# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `Wishlist` model."""

from __future__ import annotations

from ...._model import ApiModel
from .wishlist_item import WishlistItem


class Wishlist(ApiModel):
    """`Wishlist`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.wishlists`: `all`, `create`, `get`, `update`;
    `api.wishlists.items`: `create`, `delete`.
    """

    id: int
    customer_id: int | None = None
    name: str | None = None
    is_public: bool | None = None
    token: str | None = None
    items: list[WishlistItem] | None = None
