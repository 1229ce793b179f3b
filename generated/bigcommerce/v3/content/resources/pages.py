# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentPages` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.page import Page
from ..models.page_update_page import PageUpdatePage


@with_config(REQUEST_CONFIG)
class V3ContentPagesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    id__in: list[int]
    """Sent as `id:in`."""
    include: list[Literal["body"]]
    limit: int
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3ContentPagesCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["body"]]


@with_config(REQUEST_CONFIG)
class V3ContentPagesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    delete_children: bool
    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3ContentPagesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["body"]]


@with_config(REQUEST_CONFIG)
class V3ContentPagesUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["body"]]


@with_config(REQUEST_CONFIG)
class V3ContentPagesUpdatePageQuery(TypedDict, total=False):
    """Query parameters of `update_page`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["body"]]


class V3ContentPages(NodeResource):
    """`api.content.pages` (v3): all, iterall, create, delete, delete_many, get, update,
    update_page.
    """

    _op_all: ClassVar[Operation[list[Page]]] = Operation(
        method="GET",
        path="content/pages",
        version="v3",
        result="many",
        model=Page,
        query_type=V3ContentPagesAllQuery,
        envelope=True,
        operation_id="getPages",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesAllQuery],
    ) -> list[Page]:
        """`GET /v3/content/pages` (getPages).

        Returns one page of `Page` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ContentPagesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "content/pages",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Page]]] = Operation(
        method="GET",
        path="content/pages",
        version="v3",
        result="pages",
        model=Page,
        query_type=V3ContentPagesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getPages",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesAllQuery],
    ) -> Iterator[Page]:
        """`GET /v3/content/pages` (getPages).

        Yields every `Page` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ContentPagesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "content/pages",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Page]] = Operation(
        method="POST",
        path="content/pages",
        version="v3",
        result="one",
        model=Page,
        query_type=V3ContentPagesCreateQuery,
        body_type=Any,
        envelope=True,
        operation_id="createPages",
    )

    def create(
        self,
        body: Any,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesCreateQuery],
    ) -> Page:
        """`POST /v3/content/pages` (createPages).

        Returns one `Page`.

        Args:
            body: `Any`, the request body.
            query: the query parameters (`V3ContentPagesCreateQuery`).
        """
        return self._call(
            self._op_create,
            "content/pages",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="content/pages/{page_id}",
        version="v3",
        result="nothing",
        operation_id="deletePage",
    )

    def delete(
        self,
        page_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/content/pages/{page_id}` (deletePage).

        Returns None (the answer has no body).

        Args:
            page_id: `str`, the path's `{page_id}`.
        """
        return self._call(
            self._op_delete,
            f"content/pages/{segment(page_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="content/pages",
        version="v3",
        result="nothing",
        query_type=V3ContentPagesDeleteManyQuery,
        operation_id="deletePages",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/content/pages` (deletePages).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3ContentPagesDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "content/pages",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Page]] = Operation(
        method="GET",
        path="content/pages/{page_id}",
        version="v3",
        result="one",
        model=Page,
        query_type=V3ContentPagesGetQuery,
        envelope=True,
        operation_id="getPage",
    )

    def get(
        self,
        page_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesGetQuery],
    ) -> Page:
        """`GET /v3/content/pages/{page_id}` (getPage).

        Returns one `Page`.

        Args:
            page_id: `str`, the path's `{page_id}`.
            query: the query parameters (`V3ContentPagesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"content/pages/{segment(page_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[list[Page]]] = Operation(
        method="PUT",
        path="content/pages",
        version="v3",
        result="many",
        model=Page,
        query_type=V3ContentPagesUpdateQuery,
        body_type=Any,
        envelope=True,
        operation_id="updatePages",
    )

    def update(
        self,
        body: Any,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesUpdateQuery],
    ) -> list[Page]:
        """`PUT /v3/content/pages` (updatePages).

        Returns a list of `Page` objects.

        Args:
            body: `Any`, the request body.
            query: the query parameters (`V3ContentPagesUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "content/pages",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_page: ClassVar[Operation[Page]] = Operation(
        method="PUT",
        path="content/pages/{page_id}",
        version="v3",
        result="one",
        model=Page,
        query_type=V3ContentPagesUpdatePageQuery,
        body_type=PageUpdatePage,
        envelope=True,
        operation_id="updatePage",
    )

    def update_page(
        self,
        page_id: str,
        body: PageUpdatePage,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPagesUpdatePageQuery],
    ) -> Page:
        """`PUT /v3/content/pages/{page_id}` (updatePage).

        Returns one `Page`.

        Args:
            page_id: `str`, the path's `{page_id}`.
            body: `PageUpdatePage`, the request body.
            query: the query parameters (`V3ContentPagesUpdatePageQuery`).
        """
        return self._call(
            self._op_update_page,
            f"content/pages/{segment(page_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
