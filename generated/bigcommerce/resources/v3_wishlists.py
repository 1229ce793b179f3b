# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3Wishlists` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.wishlist_full import WishlistFull
from ..models.wishlist_post import WishlistPostCreate
from ..models.wishlist_put import WishlistPutUpdate

if TYPE_CHECKING:
    from .v3_wishlists_items import V3WishlistsItems


@with_config(REQUEST_CONFIG)
class V3WishlistsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    customer_id: int
    limit: int
    page: int


class V3Wishlists(NodeResource):
    """`api.wishlists` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def items(self) -> V3WishlistsItems:
        from .v3_wishlists_items import V3WishlistsItems

        return V3WishlistsItems(self._connection)

    _op_all: ClassVar[Operation[list[WishlistFull]]] = Operation(
        method="GET",
        path="wishlists",
        version="v3",
        result="many",
        model=WishlistFull,
        query_type=V3WishlistsAllQuery,
        envelope=True,
        operation_id="getWishlists",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3WishlistsAllQuery],
    ) -> list[WishlistFull]:
        """`GET /v3/wishlists` (getWishlists).

        Returns one page of `WishlistFull` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3WishlistsAllQuery`).
        """
        return self._call(
            self._op_all,
            "wishlists",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[WishlistFull]]] = Operation(
        method="GET",
        path="wishlists",
        version="v3",
        result="pages",
        model=WishlistFull,
        query_type=V3WishlistsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getWishlists",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3WishlistsAllQuery],
    ) -> Iterator[WishlistFull]:
        """`GET /v3/wishlists` (getWishlists).

        Yields every `WishlistFull` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3WishlistsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "wishlists",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[WishlistFull]] = Operation(
        method="POST",
        path="wishlists",
        version="v3",
        result="one",
        model=WishlistFull,
        body_type=WishlistPostCreate,
        envelope=True,
        operation_id="createWishlist",
    )

    def create(
        self,
        body: WishlistPostCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WishlistFull:
        """`POST /v3/wishlists` (createWishlist).

        Returns one `WishlistFull`.

        Args:
            body: `WishlistPostCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "wishlists",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="wishlists/{wishlist_id}",
        version="v3",
        result="nothing",
        operation_id="deleteWishlist",
    )

    def delete(
        self,
        wishlist_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/wishlists/{wishlist_id}` (deleteWishlist).

        Returns None (the answer has no body).

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
        """
        return self._call(
            self._op_delete,
            f"wishlists/{segment(wishlist_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[WishlistFull]] = Operation(
        method="GET",
        path="wishlists/{wishlist_id}",
        version="v3",
        result="one",
        model=WishlistFull,
        envelope=True,
        operation_id="getWishlist",
    )

    def get(
        self,
        wishlist_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WishlistFull:
        """`GET /v3/wishlists/{wishlist_id}` (getWishlist).

        Returns one `WishlistFull`.

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
        """
        return self._call(
            self._op_get,
            f"wishlists/{segment(wishlist_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[WishlistFull]] = Operation(
        method="PUT",
        path="wishlists/{wishlist_id}",
        version="v3",
        result="one",
        model=WishlistFull,
        body_type=WishlistPutUpdate,
        envelope=True,
        operation_id="updateWishlist",
    )

    def update(
        self,
        wishlist_id: int,
        body: WishlistPutUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WishlistFull:
        """`PUT /v3/wishlists/{wishlist_id}` (updateWishlist).

        Returns one `WishlistFull`.

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
            body: `WishlistPutUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"wishlists/{segment(wishlist_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
