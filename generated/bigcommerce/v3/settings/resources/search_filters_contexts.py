# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsSearchFiltersContexts` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.filter_context_upsert_item import FilterContextUpsertItem, FilterContextUpsertItemBody


@with_config(REQUEST_CONFIG)
class V3SettingsSearchFiltersContextsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id: int
    channel_id: int


class V3SettingsSearchFiltersContexts(NodeResource):
    """`api.settings.search.filters.contexts` (v3): all, iterall, upsert."""

    _op_all: ClassVar[Operation[list[FilterContextUpsertItem]]] = Operation(
        method="GET",
        path="settings/search/filters/contexts",
        version="v3",
        result="many",
        model=FilterContextUpsertItem,
        query_type=V3SettingsSearchFiltersContextsAllQuery,
        envelope=True,
        operation_id="getSettingsFiltersContexts",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsSearchFiltersContextsAllQuery],
    ) -> list[FilterContextUpsertItem]:
        """`GET /v3/settings/search/filters/contexts` (getSettingsFiltersContexts).

        Returns one page of `FilterContextUpsertItem` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3SettingsSearchFiltersContextsAllQuery`).
        """
        return self._call(
            self._op_all,
            "settings/search/filters/contexts",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[FilterContextUpsertItem]]] = Operation(
        method="GET",
        path="settings/search/filters/contexts",
        version="v3",
        result="pages",
        model=FilterContextUpsertItem,
        query_type=V3SettingsSearchFiltersContextsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getSettingsFiltersContexts",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsSearchFiltersContextsAllQuery],
    ) -> Iterator[FilterContextUpsertItem]:
        """`GET /v3/settings/search/filters/contexts` (getSettingsFiltersContexts).

        Yields every `FilterContextUpsertItem` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3SettingsSearchFiltersContextsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "settings/search/filters/contexts",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[list[FilterContextUpsertItem]]] = Operation(
        method="PUT",
        path="settings/search/filters/contexts",
        version="v3",
        result="many",
        model=FilterContextUpsertItem,
        body_type=list[FilterContextUpsertItemBody],
        envelope=True,
        operation_id="upsertSettingsFiltersContexts",
    )

    def upsert(
        self,
        body: list[FilterContextUpsertItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[FilterContextUpsertItem]:
        """`PUT /v3/settings/search/filters/contexts` (upsertSettingsFiltersContexts).

        Returns a list of `FilterContextUpsertItem` objects.

        Args:
            body: `list[FilterContextUpsertItemBody]`, the request body.
        """
        return self._call(
            self._op_upsert,
            "settings/search/filters/contexts",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
