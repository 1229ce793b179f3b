# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirects` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.redirect import Redirect
from ..models.redirect_upsert_item import RedirectUpsertItem

if TYPE_CHECKING:
    from .redirects_imex import V3StorefrontRedirectsImex


@with_config(REQUEST_CONFIG)
class V3StorefrontRedirectsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    direction: Literal["asc", "desc"]
    id__in: list[int]
    """Sent as `id:in`."""
    id__max: int
    """Sent as `id:max`."""
    id__min: int
    """Sent as `id:min`."""
    include: list[Literal["to_url"]]
    keyword: str
    limit: int
    page: int
    site_id: int
    sort: Literal["from_path", "type", "site_id", "id"]


@with_config(REQUEST_CONFIG)
class V3StorefrontRedirectsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""
    site_id: int


class V3StorefrontRedirects(NodeResource):
    """`api.storefront.redirects` (v3): all, iterall, delete_many, upsert."""

    @cached_property
    def imex(self) -> V3StorefrontRedirectsImex:
        from .redirects_imex import V3StorefrontRedirectsImex

        return V3StorefrontRedirectsImex(self._connection)

    _op_all: ClassVar[Operation[list[Redirect]]] = Operation(
        method="GET",
        path="storefront/redirects",
        version="v3",
        result="many",
        model=Redirect,
        query_type=V3StorefrontRedirectsAllQuery,
        envelope=True,
        operation_id="getRedirects",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontRedirectsAllQuery],
    ) -> list[Redirect]:
        """`GET /v3/storefront/redirects` (getRedirects).

        Returns one page of `Redirect` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3StorefrontRedirectsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "storefront/redirects",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Redirect]]] = Operation(
        method="GET",
        path="storefront/redirects",
        version="v3",
        result="pages",
        model=Redirect,
        query_type=V3StorefrontRedirectsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getRedirects",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontRedirectsAllQuery],
    ) -> Iterator[Redirect]:
        """`GET /v3/storefront/redirects` (getRedirects).

        Yields every `Redirect` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3StorefrontRedirectsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "storefront/redirects",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="storefront/redirects",
        version="v3",
        result="nothing",
        query_type=V3StorefrontRedirectsDeleteManyQuery,
        operation_id="deleteRedirects",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontRedirectsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/storefront/redirects` (deleteRedirects).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3StorefrontRedirectsDeleteManyQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "storefront/redirects",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[list[Redirect]]] = Operation(
        method="PUT",
        path="storefront/redirects",
        version="v3",
        result="many",
        model=Redirect,
        body_type=list[RedirectUpsertItem],
        envelope=True,
        operation_id="upsertRedirects",
    )

    def upsert(
        self,
        body: list[RedirectUpsertItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Redirect]:
        """`PUT /v3/storefront/redirects` (upsertRedirects).

        Returns a list of `Redirect` objects.

        Args:
            body: `list[RedirectUpsertItem]`, the request body.
        """
        return self._call(
            self._op_upsert,
            "storefront/redirects",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
