# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsCodes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.coupon_code import CouponCode
from ..models.v3_promotion_code_create import V3PromotionCodeCreateCreate


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    code: str
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    code: str
    id__in: list[int]


class V3PromotionsCodes(NodeResource):
    """`api.promotions.codes` (v3): all, iterall, create, delete, delete_many."""

    _op_all: ClassVar[Operation[list[CouponCode]]] = Operation(
        method="GET",
        path="promotions/{promotion_id}/codes",
        version="v3",
        result="many",
        model=CouponCode,
        query_type=V3PromotionsCodesAllQuery,
        envelope=True,
        operation_id="getPromotionCodes",
    )

    def all(
        self,
        promotion_id: str | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesAllQuery],
    ) -> list[CouponCode]:
        """`GET /v3/promotions/{promotion_id}/codes` (getPromotionCodes)."""
        return self._call(
            self._op_all,
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CouponCode]]] = Operation(
        method="GET",
        path="promotions/{promotion_id}/codes",
        version="v3",
        result="pages",
        model=CouponCode,
        query_type=V3PromotionsCodesAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getPromotionCodes",
    )

    def iterall(
        self,
        promotion_id: str | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesAllQuery],
    ) -> Iterator[CouponCode]:
        """Every item of every page of `GET /v3/promotions/{promotion_id}/codes`
        (getPromotionCodes), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CouponCode]] = Operation(
        method="POST",
        path="promotions/{promotion_id}/codes",
        version="v3",
        result="one",
        model=CouponCode,
        body_type=V3PromotionCodeCreateCreate,
        envelope=True,
        operation_id="createPromotionCode",
    )

    def create(
        self,
        promotion_id: str,
        body: V3PromotionCodeCreateCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CouponCode:
        """`POST /v3/promotions/{promotion_id}/codes` (createPromotionCode)."""
        return self._call(
            self._op_create,
            f"promotions/{segment(promotion_id)}/codes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="promotions/{promotion_id}/codes/{code_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCouponCode",
    )

    def delete(
        self,
        promotion_id: str,
        code_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/promotions/{promotion_id}/codes/{code_id}` (deleteCouponCode)."""
        return self._call(
            self._op_delete,
            f"promotions/{segment(promotion_id)}/codes/{segment(code_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="promotions/{promotion_id}/codes",
        version="v3",
        result="nothing",
        query_type=V3PromotionsCodesDeleteManyQuery,
        operation_id="deleteCouponCodes",
    )

    def delete_many(
        self,
        promotion_id: str | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/promotions/{promotion_id}/codes` (deleteCouponCodes)."""
        return self._call(
            self._op_delete_many,
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
