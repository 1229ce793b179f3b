# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentScripts` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.not_found import NotFound
from ..models.script import Script
from ..models.script_create import ScriptCreate
from ..models.script_update import ScriptUpdate


@with_config(REQUEST_CONFIG)
class V3ContentScriptsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    direction: Literal["asc", "desc"]
    limit: int
    page: int
    sort: Literal["name", "description", "date_created", "date_modified"]


class V3ContentScripts(NodeResource):
    """`api.content.scripts` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[Script]]] = Operation(
        method="GET",
        path="content/scripts",
        version="v3",
        result="many",
        model=Script,
        query_type=V3ContentScriptsAllQuery,
        envelope=True,
        operation_id="getScripts",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentScriptsAllQuery],
    ) -> list[Script]:
        """`GET /v3/content/scripts` (getScripts).

        Returns one page of `Script` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ContentScriptsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "content/scripts",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Script]]] = Operation(
        method="GET",
        path="content/scripts",
        version="v3",
        result="pages",
        model=Script,
        query_type=V3ContentScriptsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getScripts",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentScriptsAllQuery],
    ) -> Iterator[Script]:
        """`GET /v3/content/scripts` (getScripts).

        Yields every `Script` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ContentScriptsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "content/scripts",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Script]] = Operation(
        method="POST",
        path="content/scripts",
        version="v3",
        result="one",
        model=Script,
        body_type=ScriptCreate,
        envelope=True,
        operation_id="createScript",
    )

    def create(
        self,
        body: ScriptCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Script:
        """`POST /v3/content/scripts` (createScript).

        Returns one `Script`.

        Args:
            body: `ScriptCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "content/scripts",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[NotFound]] = Operation(
        method="DELETE",
        path="content/scripts/{uuid}",
        version="v3",
        result="one",
        model=NotFound,
        operation_id="deleteScript",
    )

    def delete(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> NotFound:
        """`DELETE /v3/content/scripts/{uuid}` (deleteScript).

        Returns one `NotFound`.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_delete,
            f"content/scripts/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Script]] = Operation(
        method="GET",
        path="content/scripts/{uuid}",
        version="v3",
        result="one",
        model=Script,
        envelope=True,
        operation_id="getScript",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Script:
        """`GET /v3/content/scripts/{uuid}` (getScript).

        Returns one `Script`.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"content/scripts/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Script]] = Operation(
        method="PUT",
        path="content/scripts/{uuid}",
        version="v3",
        result="one",
        model=Script,
        body_type=ScriptUpdate,
        envelope=True,
        operation_id="updateScript",
    )

    def update(
        self,
        uuid: str,
        body: ScriptUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Script:
        """`PUT /v3/content/scripts/{uuid}` (updateScript).

        Returns one `Script`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `ScriptUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"content/scripts/{segment(uuid)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
