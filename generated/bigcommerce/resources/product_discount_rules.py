# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductDiscountRules` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_discount_rule import (
    ProductDiscountRule,
    ProductDiscountRuleCreate,
    ProductDiscountRuleUpdate,
)


@with_config(REQUEST_CONFIG)
class ProductDiscountRulesFilters(TypedDict, total=False):
    """Query filters of `ProductDiscountRules`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductDiscountRules(Resource):
    """`products/{product_id}/discount_rules` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    _op_all: ClassVar[Operation[list[ProductDiscountRule]]] = Operation(
        method="GET",
        path="products/{parentid}/discount_rules",
        version="v2",
        result="many",
        model=ProductDiscountRule,
        query_type=ProductDiscountRulesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductDiscountRulesFilters],
    ) -> list[ProductDiscountRule]:
        """One page of ProductDiscountRule objects: `GET /v2/products/{parentid}/discount_rules`.

        Returns one page of `ProductDiscountRule` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/discount_rules`.
            filters: the query parameters (`ProductDiscountRulesFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/discount_rules"
            if parentid is not None
            else "products/discount_rules",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductDiscountRule]]] = Operation(
        method="GET",
        path="products/{parentid}/discount_rules",
        version="v2",
        result="pages",
        model=ProductDiscountRule,
        query_type=ProductDiscountRulesFilters,
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
        **filters: Unpack[ProductDiscountRulesFilters],
    ) -> Iterator[ProductDiscountRule]:
        """Every ProductDiscountRule of `GET /v2/products/{parentid}/discount_rules`, page after
        page.

        Yields every `ProductDiscountRule` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/discount_rules`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductDiscountRulesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/discount_rules"
            if parentid is not None
            else "products/discount_rules",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/discount_rules/count"
            if parentid is not None
            else "products/discount_rules/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductDiscountRule]] = Operation(
        method="GET",
        path="products/{parentid}/discount_rules/{id}",
        version="v2",
        result="one",
        model=ProductDiscountRule,
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
    ) -> ProductDiscountRule:
        """One ProductDiscountRule by id: `GET /v2/products/{parentid}/discount_rules/{id}`.

        Returns one `ProductDiscountRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/discount_rules/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductDiscountRule]] = Operation(
        method="POST",
        path="products/{parentid}/discount_rules",
        version="v2",
        result="one",
        model=ProductDiscountRule,
        body_type=ProductDiscountRuleCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductDiscountRuleCreate],
    ) -> ProductDiscountRule:
        """Create a ProductDiscountRule: `POST /v2/products/{parentid}/discount_rules`; returns it
        as stored.

        Returns one `ProductDiscountRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductDiscountRuleCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/discount_rules",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductDiscountRule]] = Operation(
        method="PUT",
        path="products/{parentid}/discount_rules/{id}",
        version="v2",
        result="one",
        model=ProductDiscountRule,
        body_type=ProductDiscountRuleUpdate,
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
        **fields: Unpack[ProductDiscountRuleUpdate],
    ) -> ProductDiscountRule:
        """Change a ProductDiscountRule: `PUT /v2/products/{parentid}/discount_rules/{id}`; returns
        it as stored.

        Returns one `ProductDiscountRule`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductDiscountRuleUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/discount_rules/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/discount_rules/{id}",
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
        """Delete one ProductDiscountRule: `DELETE /v2/products/{parentid}/discount_rules/{id}`;
        returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/discount_rules/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/discount_rules",
        version="v2",
        result="answer",
        query_type=ProductDiscountRulesFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductDiscountRulesFilters],
    ) -> dict[str, Any]:
        """Delete every ProductDiscountRule: `DELETE /v2/products/{parentid}/discount_rules`;
        returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductDiscountRulesFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/discount_rules",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/discount_rules/count",
        version="v2",
        result="count",
        query_type=ProductDiscountRulesFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductDiscountRulesFilters],
    ) -> int:
        """How many ProductDiscountRule objects match: `GET
        /v2/products/{parentid}/discount_rules/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/discount_rules/count`.
            filters: the query parameters (`ProductDiscountRulesFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/discount_rules/count"
            if parentid is not None
            else "products/discount_rules/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
