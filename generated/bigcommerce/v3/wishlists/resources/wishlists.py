# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3Wishlists` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.wishlist import Wishlist
from ..models.wishlist_create import WishlistCreate
from ..models.wishlist_update import WishlistUpdate

if TYPE_CHECKING:
    from .items import V3WishlistsItems


@with_config(REQUEST_CONFIG)
class V3WishlistsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    customer_id: int
    limit: int
    """At most 250. Default `50`."""
    page: int
    """Default `1`."""


class V3Wishlists(NodeResource):
    """`api.wishlists` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def items(self) -> V3WishlistsItems:
        from .items import V3WishlistsItems

        return V3WishlistsItems(self._connection)

    _op_all: ClassVar[Operation[list[Wishlist]]] = Operation(
        method="GET",
        path="wishlists",
        version="v3",
        result="many",
        model=Wishlist,
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
    ) -> list[Wishlist]:
        """`GET /v3/wishlists` (getWishlists).

        Returns one page of `Wishlist` objects (a list).

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

    _op_iterall: ClassVar[Operation[Iterator[Wishlist]]] = Operation(
        method="GET",
        path="wishlists",
        version="v3",
        result="pages",
        model=Wishlist,
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
    ) -> Iterator[Wishlist]:
        """`GET /v3/wishlists` (getWishlists).

        Yields every `Wishlist` of every page, one page in memory at a time.

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

    _op_create: ClassVar[Operation[Wishlist]] = Operation(
        method="POST",
        path="wishlists",
        version="v3",
        result="one",
        model=Wishlist,
        body_type=WishlistCreate,
        envelope=True,
        operation_id="createWishlist",
    )

    def create(
        self,
        body: WishlistCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Wishlist:
        """`POST /v3/wishlists` (createWishlist).

        Returns one `Wishlist`.

        Args:
            body: `WishlistCreate`, the request body.
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

    _op_get: ClassVar[Operation[Wishlist]] = Operation(
        method="GET",
        path="wishlists/{wishlist_id}",
        version="v3",
        result="one",
        model=Wishlist,
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
    ) -> Wishlist:
        """`GET /v3/wishlists/{wishlist_id}` (getWishlist).

        Returns one `Wishlist`.

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

    _op_update: ClassVar[Operation[Wishlist]] = Operation(
        method="PUT",
        path="wishlists/{wishlist_id}",
        version="v3",
        result="one",
        model=Wishlist,
        body_type=WishlistUpdate,
        envelope=True,
        operation_id="updateWishlist",
    )

    def update(
        self,
        wishlist_id: int,
        body: WishlistUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Wishlist:
        """`PUT /v3/wishlists/{wishlist_id}` (updateWishlist).

        Returns one `Wishlist`.

        Args:
            wishlist_id: `int`, the path's `{wishlist_id}`.
            body: `WishlistUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"wishlists/{segment(wishlist_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
