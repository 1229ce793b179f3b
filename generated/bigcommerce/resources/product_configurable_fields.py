# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductConfigurableFields` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_configurable_field import ProductConfigurableField


@with_config(REQUEST_CONFIG)
class ProductConfigurableFieldsFilters(TypedDict, total=False):
    """Query filters of `ProductConfigurableFields`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductConfigurableFields(Resource):
    """`products/{product_id}/configurable_fields` (v2): all, iterall, get, delete, delete_all,
    count.
    """

    _op_all: ClassVar[Operation[list[ProductConfigurableField]]] = Operation(
        method="GET",
        path="products/{parentid}/configurable_fields",
        version="v2",
        result="many",
        model=ProductConfigurableField,
        query_type=ProductConfigurableFieldsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductConfigurableFieldsFilters],
    ) -> list[ProductConfigurableField]:
        """One page of ProductConfigurableField objects: `GET
        /v2/products/{parentid}/configurable_fields`.

        Returns one page of `ProductConfigurableField` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/configurable_fields`.
            filters: the query parameters (`ProductConfigurableFieldsFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/configurable_fields"
            if parentid is not None
            else "products/configurable_fields",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductConfigurableField]]] = Operation(
        method="GET",
        path="products/{parentid}/configurable_fields",
        version="v2",
        result="pages",
        model=ProductConfigurableField,
        query_type=ProductConfigurableFieldsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductConfigurableFieldsFilters],
    ) -> Iterator[ProductConfigurableField]:
        """Every ProductConfigurableField of `GET /v2/products/{parentid}/configurable_fields`, page
        after page.

        Yields every `ProductConfigurableField` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/configurable_fields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductConfigurableFieldsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/configurable_fields"
            if parentid is not None
            else "products/configurable_fields",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/configurable_fields/count"
            if parentid is not None
            else "products/configurable_fields/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductConfigurableField]] = Operation(
        method="GET",
        path="products/{parentid}/configurable_fields/{id}",
        version="v2",
        result="one",
        model=ProductConfigurableField,
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
    ) -> ProductConfigurableField:
        """One ProductConfigurableField by id: `GET
        /v2/products/{parentid}/configurable_fields/{id}`.

        Returns one `ProductConfigurableField`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/configurable_fields/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/configurable_fields/{id}",
        version="v2",
        result="answer",
    )

    def delete(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one ProductConfigurableField: `DELETE
        /v2/products/{parentid}/configurable_fields/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/configurable_fields/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/configurable_fields",
        version="v2",
        result="answer",
        query_type=ProductConfigurableFieldsFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductConfigurableFieldsFilters],
    ) -> dict[str, Any]:
        """Delete every ProductConfigurableField: `DELETE
        /v2/products/{parentid}/configurable_fields`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductConfigurableFieldsFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/configurable_fields",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/configurable_fields/count",
        version="v2",
        result="count",
        query_type=ProductConfigurableFieldsFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductConfigurableFieldsFilters],
    ) -> int:
        """How many ProductConfigurableField objects match: `GET
        /v2/products/{parentid}/configurable_fields/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/configurable_fields/count`.
            filters: the query parameters (`ProductConfigurableFieldsFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/configurable_fields/count"
            if parentid is not None
            else "products/configurable_fields/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
