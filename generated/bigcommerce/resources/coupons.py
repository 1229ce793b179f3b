# Generated from spec/v2/coupons.yaml by codegen (`make generate`); do not edit.
"""The `Coupons` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.coupon import Coupon, CouponCreate, CouponUpdate


@with_config(REQUEST_CONFIG)
class CouponsFilters(TypedDict, total=False):
    """Query filters of `Coupons`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    code: str
    name: str
    type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    exclude_type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    page: int
    limit: int


@with_config(REQUEST_CONFIG)
class CouponsDeleteAllFilters(TypedDict, total=False):
    """Query parameters of `Coupons.delete_all`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    code: str
    name: str
    type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    exclude_type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    page: int
    limit: int
    id__in: list[int]


class Coupons(Resource):
    """`coupons` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Coupon]]] = Operation(
        method="GET",
        path="coupons",
        version="v2",
        result="many",
        model=Coupon,
        query_type=CouponsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CouponsFilters],
    ) -> list[Coupon]:
        """One page of Coupon objects: `GET /v2/coupons`.

        Returns one page of `Coupon` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CouponsFilters`).
        """
        return self._call(
            self._op_all,
            "coupons",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Coupon]]] = Operation(
        method="GET",
        path="coupons",
        version="v2",
        result="pages",
        model=Coupon,
        query_type=CouponsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CouponsFilters],
    ) -> Iterator[Coupon]:
        """Every Coupon of `GET /v2/coupons`, page after page.

        Yields every `Coupon` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CouponsFilters`).
        """
        return self._call(
            self._op_iterall,
            "coupons",
            query=filters,
            prefetch=prefetch,
            count_path="coupons/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Coupon]] = Operation(
        method="GET", path="coupons/{id}", version="v2", result="one", model=Coupon
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Coupon:
        """One Coupon by id: `GET /v2/coupons/{id}`.

        Returns one `Coupon`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"coupons/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Coupon]] = Operation(
        method="POST",
        path="coupons",
        version="v2",
        result="one",
        model=Coupon,
        body_type=CouponCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CouponCreate],
    ) -> Coupon:
        """Create a Coupon: `POST /v2/coupons`; returns it as stored.

        Returns one `Coupon`.

        Args:
            fields: the fields (`CouponCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "coupons",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Coupon]] = Operation(
        method="PUT",
        path="coupons/{id}",
        version="v2",
        result="one",
        model=Coupon,
        body_type=CouponUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CouponUpdate],
    ) -> Coupon:
        """Change a Coupon: `PUT /v2/coupons/{id}`; returns it as stored.

        Returns one `Coupon`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`CouponUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"coupons/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="coupons/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one Coupon: `DELETE /v2/coupons/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"coupons/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="coupons",
        version="v2",
        result="answer",
        query_type=CouponsDeleteAllFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CouponsDeleteAllFilters],
    ) -> dict[str, Any]:
        """Delete every Coupon: `DELETE /v2/coupons`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`CouponsDeleteAllFilters`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "coupons",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="coupons/count", version="v2", result="count", query_type=CouponsFilters
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CouponsFilters],
    ) -> int:
        """How many Coupon objects match: `GET /v2/coupons/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`CouponsFilters`).
        """
        return self._call(
            self._op_count,
            "coupons/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
