# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsCodes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.coupon_code import CouponCode
from ..models.create_promotion_code_request import CreatePromotionCodeRequestCreate


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    code: str
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    code: str
    id__in: list[int]


class V3PromotionsCodes(NodeResource):
    """`api.promotions.codes` (v3): all, iterall, create, delete, delete_many."""

    _version = "v3"

    def all(
        self, promotion_id: str | None = None, /, **query: Unpack[V3PromotionsCodesAllQuery]
    ) -> list[CouponCode]:
        """`GET /v3/promotions/{promotion_id}/codes` (getPromotionCodes)."""
        return self._many(
            CouponCode,
            "GET",
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query,
            V3PromotionsCodesAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        promotion_id: str | None = None,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3PromotionsCodesAllQuery],
    ) -> Iterator[CouponCode]:
        """Every item of every page of `GET /v3/promotions/{promotion_id}/codes`
        (getPromotionCodes), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._pages(
            CouponCode,
            "GET",
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query,
            V3PromotionsCodesAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(self, promotion_id: str, body: CreatePromotionCodeRequestCreate, /) -> CouponCode:
        """`POST /v3/promotions/{promotion_id}/codes` (createPromotionCode)."""
        return self._one(
            CouponCode,
            "POST",
            f"promotions/{segment(promotion_id)}/codes",
            {},
            None,
            body=body,
            body_type=CreatePromotionCodeRequestCreate,
            envelope=True,
        )

    def delete(self, promotion_id: str, code_id: str, /) -> None:
        """`DELETE /v3/promotions/{promotion_id}/codes/{code_id}` (deleteCouponCode)."""
        return self._nothing(
            "DELETE", f"promotions/{segment(promotion_id)}/codes/{segment(code_id)}", {}, None
        )

    def delete_many(
        self, promotion_id: str | None = None, /, **query: Unpack[V3PromotionsCodesDeleteManyQuery]
    ) -> None:
        """`DELETE /v3/promotions/{promotion_id}/codes` (deleteCouponCodes)."""
        return self._nothing(
            "DELETE",
            f"promotions/{segment(promotion_id)}/codes"
            if promotion_id is not None
            else "promotions/codes",
            query,
            V3PromotionsCodesDeleteManyQuery,
        )
