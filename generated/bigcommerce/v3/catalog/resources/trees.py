# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogTrees` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.tree_upsert_item import TreeUpsertItem, TreeUpsertItemBody

if TYPE_CHECKING:
    from .trees_categories import V3CatalogTreesCategories


@with_config(REQUEST_CONFIG)
class V3CatalogTreesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    id__in: list[int]
    """Sent as `id:in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogTreesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""


class V3CatalogTrees(NodeResource):
    """`api.catalog.trees` (v3): all, iterall, delete_all, upsert."""

    @cached_property
    def categories(self) -> V3CatalogTreesCategories:
        from .trees_categories import V3CatalogTreesCategories

        return V3CatalogTreesCategories(self._connection)

    _op_all: ClassVar[Operation[list[TreeUpsertItem]]] = Operation(
        method="GET",
        path="catalog/trees",
        version="v3",
        result="many",
        model=TreeUpsertItem,
        query_type=V3CatalogTreesAllQuery,
        envelope=True,
        operation_id="getCategoryTrees",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesAllQuery],
    ) -> list[TreeUpsertItem]:
        """`GET /v3/catalog/trees` (getCategoryTrees).

        Returns one page of `TreeUpsertItem` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogTreesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/trees",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[TreeUpsertItem]]] = Operation(
        method="GET",
        path="catalog/trees",
        version="v3",
        result="pages",
        model=TreeUpsertItem,
        query_type=V3CatalogTreesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCategoryTrees",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesAllQuery],
    ) -> Iterator[TreeUpsertItem]:
        """`GET /v3/catalog/trees` (getCategoryTrees).

        Yields every `TreeUpsertItem` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogTreesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/trees",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/trees",
        version="v3",
        result="nothing",
        query_type=V3CatalogTreesDeleteAllQuery,
        operation_id="deleteCategoryTrees",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/catalog/trees` (deleteCategoryTrees).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3CatalogTreesDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/trees",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[list[TreeUpsertItem]]] = Operation(
        method="PUT",
        path="catalog/trees",
        version="v3",
        result="many",
        model=TreeUpsertItem,
        body_type=list[TreeUpsertItemBody],
        envelope=True,
        batch_limit=50,
        operation_id="upsertCategoryTrees",
    )

    def upsert(
        self,
        body: list[TreeUpsertItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TreeUpsertItem]:
        """`PUT /v3/catalog/trees` (upsertCategoryTrees).

        Returns a list of `TreeUpsertItem` objects.

        Sends at most 50 items a request: a longer list is sent in chunks of 50, one request after
        another.

        Args:
            body: `list[TreeUpsertItemBody]`, the request body; sent 50 items a request.
        """
        return self._call(
            self._op_upsert,
            "catalog/trees",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
