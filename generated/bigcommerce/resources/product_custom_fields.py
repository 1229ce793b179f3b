# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomFields` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_custom_field import (
    ProductCustomField,
    ProductCustomFieldCreate,
    ProductCustomFieldUpdate,
)


@with_config(REQUEST_CONFIG)
class ProductCustomFieldsFilters(TypedDict, total=False):
    """Query filters of `ProductCustomFields`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductCustomFields(Resource):
    """`products/{product_id}/custom_fields` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    _op_all: ClassVar[Operation[list[ProductCustomField]]] = Operation(
        method="GET",
        path="products/{parentid}/custom_fields",
        version="v2",
        result="many",
        model=ProductCustomField,
        query_type=ProductCustomFieldsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductCustomFieldsFilters],
    ) -> list[ProductCustomField]:
        """One page of ProductCustomField objects: `GET /v2/products/{parentid}/custom_fields`.

        Returns one page of `ProductCustomField` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/custom_fields`.
            filters: the query parameters (`ProductCustomFieldsFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/custom_fields"
            if parentid is not None
            else "products/custom_fields",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductCustomField]]] = Operation(
        method="GET",
        path="products/{parentid}/custom_fields",
        version="v2",
        result="pages",
        model=ProductCustomField,
        query_type=ProductCustomFieldsFilters,
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
        **filters: Unpack[ProductCustomFieldsFilters],
    ) -> Iterator[ProductCustomField]:
        """Every ProductCustomField of `GET /v2/products/{parentid}/custom_fields`, page after page.

        Yields every `ProductCustomField` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/custom_fields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductCustomFieldsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/custom_fields"
            if parentid is not None
            else "products/custom_fields",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/custom_fields/count"
            if parentid is not None
            else "products/custom_fields/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductCustomField]] = Operation(
        method="GET",
        path="products/{parentid}/custom_fields/{id}",
        version="v2",
        result="one",
        model=ProductCustomField,
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
    ) -> ProductCustomField:
        """One ProductCustomField by id: `GET /v2/products/{parentid}/custom_fields/{id}`.

        Returns one `ProductCustomField`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/custom_fields/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductCustomField]] = Operation(
        method="POST",
        path="products/{parentid}/custom_fields",
        version="v2",
        result="one",
        model=ProductCustomField,
        body_type=ProductCustomFieldCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductCustomFieldCreate],
    ) -> ProductCustomField:
        """Create a ProductCustomField: `POST /v2/products/{parentid}/custom_fields`; returns it as
        stored.

        Returns one `ProductCustomField`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductCustomFieldCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/custom_fields",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductCustomField]] = Operation(
        method="PUT",
        path="products/{parentid}/custom_fields/{id}",
        version="v2",
        result="one",
        model=ProductCustomField,
        body_type=ProductCustomFieldUpdate,
    )

    def update(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductCustomFieldUpdate],
    ) -> ProductCustomField:
        """Change a ProductCustomField: `PUT /v2/products/{parentid}/custom_fields/{id}`; returns it
        as stored.

        Returns one `ProductCustomField`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductCustomFieldUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/custom_fields/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/custom_fields/{id}",
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
        """Delete one ProductCustomField: `DELETE /v2/products/{parentid}/custom_fields/{id}`;
        returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/custom_fields/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/custom_fields",
        version="v2",
        result="answer",
        query_type=ProductCustomFieldsFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductCustomFieldsFilters],
    ) -> dict[str, Any]:
        """Delete every ProductCustomField: `DELETE /v2/products/{parentid}/custom_fields`; returns
        the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductCustomFieldsFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/custom_fields",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/custom_fields/count",
        version="v2",
        result="count",
        query_type=ProductCustomFieldsFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductCustomFieldsFilters],
    ) -> int:
        """How many ProductCustomField objects match: `GET
        /v2/products/{parentid}/custom_fields/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/custom_fields/count`.
            filters: the query parameters (`ProductCustomFieldsFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/custom_fields/count"
            if parentid is not None
            else "products/custom_fields/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
