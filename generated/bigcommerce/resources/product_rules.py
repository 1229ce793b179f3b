# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductRules` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_rule import ProductRule, ProductRuleCreate, ProductRuleUpdate


@with_config(REQUEST_CONFIG)
class ProductRulesFilters(TypedDict, total=False):
    """Query filters of `ProductRules`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductRules(Resource):
    """`products/{product_id}/rules` (v2): all, iterall, get, create, update, delete, delete_all,
    count.
    """

    _op_all: ClassVar[Operation[list[ProductRule]]] = Operation(
        method="GET",
        path="products/{parentid}/rules",
        version="v2",
        result="many",
        model=ProductRule,
        query_type=ProductRulesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductRulesFilters],
    ) -> list[ProductRule]:
        """One page of ProductRule objects: `GET /v2/products/{parentid}/rules`.

        Returns one page of `ProductRule` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/rules`.
            filters: the query parameters (`ProductRulesFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/rules" if parentid is not None else "products/rules",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductRule]]] = Operation(
        method="GET",
        path="products/{parentid}/rules",
        version="v2",
        result="pages",
        model=ProductRule,
        query_type=ProductRulesFilters,
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
        **filters: Unpack[ProductRulesFilters],
    ) -> Iterator[ProductRule]:
        """Every ProductRule of `GET /v2/products/{parentid}/rules`, page after page.

        Yields every `ProductRule` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/rules`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductRulesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/rules" if parentid is not None else "products/rules",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/rules/count"
            if parentid is not None
            else "products/rules/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductRule]] = Operation(
        method="GET",
        path="products/{parentid}/rules/{id}",
        version="v2",
        result="one",
        model=ProductRule,
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
    ) -> ProductRule:
        """One ProductRule by id: `GET /v2/products/{parentid}/rules/{id}`.

        Returns one `ProductRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/rules/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductRule]] = Operation(
        method="POST",
        path="products/{parentid}/rules",
        version="v2",
        result="one",
        model=ProductRule,
        body_type=ProductRuleCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductRuleCreate],
    ) -> ProductRule:
        """Create a ProductRule: `POST /v2/products/{parentid}/rules`; returns it as stored.

        Returns one `ProductRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductRuleCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/rules",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductRule]] = Operation(
        method="PUT",
        path="products/{parentid}/rules/{id}",
        version="v2",
        result="one",
        model=ProductRule,
        body_type=ProductRuleUpdate,
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
        **fields: Unpack[ProductRuleUpdate],
    ) -> ProductRule:
        """Change a ProductRule: `PUT /v2/products/{parentid}/rules/{id}`; returns it as stored.

        Returns one `ProductRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductRuleUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/rules/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{parentid}/rules/{id}", version="v2", result="answer"
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
        """Delete one ProductRule: `DELETE /v2/products/{parentid}/rules/{id}`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/rules/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/rules",
        version="v2",
        result="answer",
        query_type=ProductRulesFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductRulesFilters],
    ) -> dict[str, Any]:
        """Delete every ProductRule: `DELETE /v2/products/{parentid}/rules`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductRulesFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/rules",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/rules/count",
        version="v2",
        result="count",
        query_type=ProductRulesFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductRulesFilters],
    ) -> int:
        """How many ProductRule objects match: `GET /v2/products/{parentid}/rules/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/rules/count`.
            filters: the query parameters (`ProductRulesFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/rules/count"
            if parentid is not None
            else "products/rules/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
