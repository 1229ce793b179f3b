# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsChannelAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.product_channel_assignment import (
    ProductChannelAssignment,
    ProductChannelAssignmentUpdate,
)


@with_config(REQUEST_CONFIG)
class V3CatalogProductsChannelAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    limit: int
    page: int
    product_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsChannelAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    product_id__in: list[int]


class V3CatalogProductsChannelAssignments(NodeResource):
    """`api.catalog.products.channel_assignments` (v3): all, iterall, delete_all, update_many."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3CatalogProductsChannelAssignmentsAllQuery]
    ) -> list[ProductChannelAssignment]:
        """`GET /v3/catalog/products/channel-assignments` (getProductsChannelAssignments)."""
        return self._many(
            ProductChannelAssignment,
            "GET",
            "catalog/products/channel-assignments",
            query,
            V3CatalogProductsChannelAssignmentsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogProductsChannelAssignmentsAllQuery]
    ) -> Iterator[ProductChannelAssignment]:
        """Every item of every page of `GET /v3/catalog/products/channel-assignments`
        (getProductsChannelAssignments), one page in memory at a time. `prefetch=N` fetches up
        to N more pages ahead, in the background.
        """
        return self._pages(
            ProductChannelAssignment,
            "GET",
            "catalog/products/channel-assignments",
            query,
            V3CatalogProductsChannelAssignmentsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def delete_all(
        self, **query: Unpack[V3CatalogProductsChannelAssignmentsDeleteAllQuery]
    ) -> None:
        """`DELETE /v3/catalog/products/channel-assignments` (deleteProductsChannelAssignments)."""
        return self._nothing(
            "DELETE",
            "catalog/products/channel-assignments",
            query,
            V3CatalogProductsChannelAssignmentsDeleteAllQuery,
        )

    def update_many(self, body: list[ProductChannelAssignmentUpdate], /) -> None:
        """`PUT /v3/catalog/products/channel-assignments` (createProductsChannelAssignments)."""
        return self._nothing(
            "PUT",
            "catalog/products/channel-assignments",
            {},
            None,
            body=body,
            body_type=list[ProductChannelAssignmentUpdate],
        )
