# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3WishlistsItems` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.wishlist_full import WishlistFull
from ..models.wishlist_item_post import WishlistItemPostCreate


class V3WishlistsItems(NodeResource):
    """`api.wishlists.items` (v3): create, delete."""

    _version = "v3"

    def create(self, wishlist_id: int, body: WishlistItemPostCreate, /) -> WishlistFull:
        """`POST /v3/wishlists/{wishlist_id}/items` (addWishlistItem)."""
        return self._one(
            WishlistFull,
            "POST",
            f"wishlists/{segment(wishlist_id)}/items",
            {},
            None,
            body=body,
            body_type=WishlistItemPostCreate,
            envelope=True,
        )

    def delete(self, wishlist_id: int, item_id: int, /) -> WishlistFull:
        """`DELETE /v3/wishlists/{wishlist_id}/items/{item_id}` (deleteWishlistItem)."""
        return self._one(
            WishlistFull,
            "DELETE",
            f"wishlists/{segment(wishlist_id)}/items/{segment(item_id)}",
            {},
            None,
            envelope=True,
        )
