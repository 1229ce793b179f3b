# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `GoogleProductSearchMappings` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.google_product_search_mapping import GoogleProductSearchMapping


@with_config(REQUEST_CONFIG)
class GoogleProductSearchMappingsFilters(TypedDict, total=False):
    """Query filters of `GoogleProductSearchMappings`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """


class GoogleProductSearchMappings(Resource):
    """`products/{product_id}/googleproductsearch` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[GoogleProductSearchMapping]]] = Operation(
        method="GET",
        path="products/{parentid}/googleproductsearch",
        version="v2",
        result="many",
        model=GoogleProductSearchMapping,
        query_type=GoogleProductSearchMappingsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[GoogleProductSearchMappingsFilters],
    ) -> list[GoogleProductSearchMapping]:
        """One page of GoogleProductSearchMapping objects: `GET
        /v2/products/{parentid}/googleproductsearch`.

        Returns a list of `GoogleProductSearchMapping` objects.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/googleproductsearch`.
            filters: the query parameters (`GoogleProductSearchMappingsFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/googleproductsearch"
            if parentid is not None
            else "products/googleproductsearch",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[GoogleProductSearchMapping]]] = Operation(
        method="GET",
        path="products/{parentid}/googleproductsearch",
        version="v2",
        result="pages",
        model=GoogleProductSearchMapping,
        query_type=GoogleProductSearchMappingsFilters,
        pagination="none",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[GoogleProductSearchMappingsFilters],
    ) -> Iterator[GoogleProductSearchMapping]:
        """Every GoogleProductSearchMapping of `GET /v2/products/{parentid}/googleproductsearch`,
        page after page.

        Yields every `GoogleProductSearchMapping` of every page, one page in memory at a time.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/googleproductsearch`.
            filters: the query parameters (`GoogleProductSearchMappingsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/googleproductsearch"
            if parentid is not None
            else "products/googleproductsearch",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[GoogleProductSearchMapping]] = Operation(
        method="GET",
        path="products/{parentid}/googleproductsearch/{id}",
        version="v2",
        result="one",
        model=GoogleProductSearchMapping,
    )

    def get(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GoogleProductSearchMapping:
        """One GoogleProductSearchMapping by id: `GET
        /v2/products/{parentid}/googleproductsearch/{id}`.

        Returns one `GoogleProductSearchMapping`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/googleproductsearch/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
