# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `GoogleProductSearchMappings` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.google_product_search_mapping import GoogleProductSearchMapping


@with_config(REQUEST_CONFIG)
class GoogleProductSearchMappingsFilters(TypedDict, total=False):
    """Query filters of `GoogleProductSearchMappings`; unknown keys are refused."""


class GoogleProductSearchMappings(Resource):
    """`products/{product_id}/googleproductsearch` (v2): all, iterall, get."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[GoogleProductSearchMappingsFilters]
    ) -> list[GoogleProductSearchMapping]:
        """One page of GoogleProductSearchMapping objects: `GET
        products/{parentid}/googleproductsearch`.
        """
        return self._list(
            GoogleProductSearchMapping,
            f"products/{segment(parentid)}/googleproductsearch"
            if parentid is not None
            else "products/googleproductsearch",
            filters,
            GoogleProductSearchMappingsFilters,
            parentid,
        )

    def iterall(
        self, parentid: Id | None = None, **filters: Unpack[GoogleProductSearchMappingsFilters]
    ) -> Iterator[GoogleProductSearchMapping]:
        """Every GoogleProductSearchMapping of `GET products/{parentid}/googleproductsearch`,
        page after page, one page in memory at a time.
        """
        return self._iterate_unpaged(
            GoogleProductSearchMapping,
            f"products/{segment(parentid)}/googleproductsearch"
            if parentid is not None
            else "products/googleproductsearch",
            filters,
            GoogleProductSearchMappingsFilters,
            parentid,
        )

    def get(self, parentid: Id, id: Id, /) -> GoogleProductSearchMapping:
        """One GoogleProductSearchMapping by id: `GET
        products/{parentid}/googleproductsearch/{id}`.
        """
        return self._get(
            GoogleProductSearchMapping,
            f"products/{segment(parentid)}/googleproductsearch/{segment(id)}",
            parentid,
        )
