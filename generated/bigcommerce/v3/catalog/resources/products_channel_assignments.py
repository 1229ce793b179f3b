# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsChannelAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_channel_assignment_update_many_item import (
    ProductChannelAssignmentUpdateManyBody,
    ProductChannelAssignmentUpdateManyItem,
)


@with_config(REQUEST_CONFIG)
class V3CatalogProductsChannelAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    """At most 250. Default `50`."""
    page: int
    product_id__in: list[int]
    """Sent as `product_id:in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogProductsChannelAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    product_id__in: list[int]
    """Sent as `product_id:in`."""


class V3CatalogProductsChannelAssignments(NodeResource):
    """`api.catalog.products.channel_assignments` (v3): all, iterall, delete_all, update_many."""

    _op_all: ClassVar[Operation[list[ProductChannelAssignmentUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/products/channel-assignments",
        version="v3",
        result="many",
        model=ProductChannelAssignmentUpdateManyItem,
        query_type=V3CatalogProductsChannelAssignmentsAllQuery,
        envelope=True,
        operation_id="getProductsChannelAssignments",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsChannelAssignmentsAllQuery],
    ) -> list[ProductChannelAssignmentUpdateManyItem]:
        """`GET /v3/catalog/products/channel-assignments` (getProductsChannelAssignments).

        Returns one page of `ProductChannelAssignmentUpdateManyItem` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogProductsChannelAssignmentsAllQuery`); `x__in`
                is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/products/channel-assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductChannelAssignmentUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/products/channel-assignments",
        version="v3",
        result="pages",
        model=ProductChannelAssignmentUpdateManyItem,
        query_type=V3CatalogProductsChannelAssignmentsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductsChannelAssignments",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsChannelAssignmentsAllQuery],
    ) -> Iterator[ProductChannelAssignmentUpdateManyItem]:
        """`GET /v3/catalog/products/channel-assignments` (getProductsChannelAssignments).

        Yields every `ProductChannelAssignmentUpdateManyItem` of every page, one page in memory at a
        time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsChannelAssignmentsAllQuery`); `x__in`
                is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/products/channel-assignments",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/channel-assignments",
        version="v3",
        result="nothing",
        query_type=V3CatalogProductsChannelAssignmentsDeleteAllQuery,
        operation_id="deleteProductsChannelAssignments",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsChannelAssignmentsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/catalog/products/channel-assignments` (deleteProductsChannelAssignments).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3CatalogProductsChannelAssignmentsDeleteAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/products/channel-assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[None]] = Operation(
        method="PUT",
        path="catalog/products/channel-assignments",
        version="v3",
        result="nothing",
        body_type=list[ProductChannelAssignmentUpdateManyBody],
        operation_id="createProductsChannelAssignments",
    )

    def update_many(
        self,
        body: list[ProductChannelAssignmentUpdateManyBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`PUT /v3/catalog/products/channel-assignments` (createProductsChannelAssignments).

        Returns None (the answer has no body).

        Args:
            body: `list[ProductChannelAssignmentUpdateManyBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/products/channel-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
