# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `V3StoreSystemlogs` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.system_log import SystemLog


@with_config(REQUEST_CONFIG)
class V3StoreSystemlogsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    direction: Literal["asc", "desc"]
    id__in: list[int]
    """Sent as `id:in`."""
    limit: int
    """Default `50`."""
    module: Literal[
        "export+only", "email+message", "theme+download", "order+status", "optimized+checkout"
    ]
    module__not: str
    """Sent as `module:not`."""
    page: int
    """Default `1`."""
    severity: Literal[1, 2, 3, 4]
    severity__max: int
    """Sent as `severity:max`."""
    severity__min: int
    """Sent as `severity:min`."""
    sort: Literal["date_created", "type"]
    type: Literal[
        "general",
        "payment",
        "shipping",
        "tax",
        "notification",
        "emailintegration",
        "ordersettings",
        "design",
    ]
    type__not: str
    """Sent as `type:not`."""


class V3StoreSystemlogs(NodeResource):
    """`api.store.systemlogs` (v3): all, iterall."""

    _op_all: ClassVar[Operation[list[SystemLog]]] = Operation(
        method="GET",
        path="store/systemlogs",
        version="v3",
        result="many",
        model=SystemLog,
        query_type=V3StoreSystemlogsAllQuery,
        envelope=True,
        operation_id="getStoreSystemLogs",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StoreSystemlogsAllQuery],
    ) -> list[SystemLog]:
        """`GET /v3/store/systemlogs` (getStoreSystemLogs).

        Returns one page of `SystemLog` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3StoreSystemlogsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "store/systemlogs",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[SystemLog]]] = Operation(
        method="GET",
        path="store/systemlogs",
        version="v3",
        result="pages",
        model=SystemLog,
        query_type=V3StoreSystemlogsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getStoreSystemLogs",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StoreSystemlogsAllQuery],
    ) -> Iterator[SystemLog]:
        """`GET /v3/store/systemlogs` (getStoreSystemLogs).

        Yields every `SystemLog` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3StoreSystemlogsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "store/systemlogs",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
