# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3WishlistsItems` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.wishlist import Wishlist
from ..models.wishlist_item_create import WishlistItemCreate


class V3WishlistsItems(NodeResource):
    """`api.wishlists.items` (v3): create, delete."""

    _op_create: ClassVar[Operation[Wishlist]] = Operation(
        method="POST",
        path="wishlists/{wishlist_id}/items",
        version="v3",
        result="one",
        model=Wishlist,
        body_type=WishlistItemCreate,
        envelope=True,
        operation_id="addWishlistItem",
    )

    def create(
        self,
        wishlist_id: int,
        body: WishlistItemCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Wishlist:
        """`POST /v3/wishlists/{wishlist_id}/items` (addWishlistItem).

        Returns one `Wishlist`.

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
            body: `WishlistItemCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"wishlists/{segment(wishlist_id)}/items",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[Wishlist]] = Operation(
        method="DELETE",
        path="wishlists/{wishlist_id}/items/{item_id}",
        version="v3",
        result="one",
        model=Wishlist,
        envelope=True,
        operation_id="deleteWishlistItem",
    )

    def delete(
        self,
        wishlist_id: int,
        item_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Wishlist:
        """`DELETE /v3/wishlists/{wishlist_id}/items/{item_id}` (deleteWishlistItem).

        Returns one `Wishlist`.

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
            item_id: `int`, the path's `{item_id}`.
        """
        return self._call(
            self._op_delete,
            f"wishlists/{segment(wishlist_id)}/items/{segment(item_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
