# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentWidgets` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.widget import Widget
from ..models.widget_create import WidgetCreate
from ..models.widget_update import WidgetUpdate


@with_config(REQUEST_CONFIG)
class V3ContentWidgetsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    name: str
    name__in: list[str]
    """Sent as `name:in`."""
    page: int
    site_id__in: list[int]
    """Sent as `site_id:in`."""
    widget_template_kind: str
    widget_template_uuid: str


class V3ContentWidgets(NodeResource):
    """`api.content.widgets` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[Widget]]] = Operation(
        method="GET",
        path="content/widgets",
        version="v3",
        result="many",
        model=Widget,
        query_type=V3ContentWidgetsAllQuery,
        envelope=True,
        operation_id="getWidgets",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentWidgetsAllQuery],
    ) -> list[Widget]:
        """`GET /v3/content/widgets` (getWidgets).

        Returns one page of `Widget` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ContentWidgetsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "content/widgets",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Widget]]] = Operation(
        method="GET",
        path="content/widgets",
        version="v3",
        result="pages",
        model=Widget,
        query_type=V3ContentWidgetsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getWidgets",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentWidgetsAllQuery],
    ) -> Iterator[Widget]:
        """`GET /v3/content/widgets` (getWidgets).

        Yields every `Widget` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ContentWidgetsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "content/widgets",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Widget]] = Operation(
        method="POST",
        path="content/widgets",
        version="v3",
        result="one",
        model=Widget,
        body_type=WidgetCreate,
        envelope=True,
        operation_id="createWidget",
    )

    def create(
        self,
        body: WidgetCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Widget:
        """`POST /v3/content/widgets` (createWidget).

        Returns one `Widget`.

        Args:
            body: `WidgetCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "content/widgets",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="content/widgets/{uuid}",
        version="v3",
        result="nothing",
        operation_id="deleteWidget",
    )

    def delete(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/content/widgets/{uuid}` (deleteWidget).

        Returns None (the answer has no body).

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_delete,
            f"content/widgets/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Widget]] = Operation(
        method="GET",
        path="content/widgets/{uuid}",
        version="v3",
        result="one",
        model=Widget,
        envelope=True,
        operation_id="getWidget",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Widget:
        """`GET /v3/content/widgets/{uuid}` (getWidget).

        Returns one `Widget`.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"content/widgets/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Widget]] = Operation(
        method="PUT",
        path="content/widgets/{uuid}",
        version="v3",
        result="one",
        model=Widget,
        body_type=WidgetUpdate,
        envelope=True,
        operation_id="updateWidget",
    )

    def update(
        self,
        uuid: str,
        body: WidgetUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Widget:
        """`PUT /v3/content/widgets/{uuid}` (updateWidget).

        Returns one `Widget`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `WidgetUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"content/widgets/{segment(uuid)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
