# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsCodes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.coupon_code import CouponCode
from ..models.promotion_code_create import PromotionCodeCreate


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    code: str
    limit: int
    """From 1 to 250."""
    page: int
    """At least 1. Deprecated."""


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesDeleteCouponCodeByCodeQuery(TypedDict, total=False):
    """Query parameters of `delete_coupon_code_by_code`; `x__in` is sent as `x:in` (either
    spelling may be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    code: Required[str]
    """Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    code: str
    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3PromotionsCodesGetCouponCodeByCodeQuery(TypedDict, total=False):
    """Query parameters of `get_coupon_code_by_code`; `x__in` is sent as `x:in` (either spelling
    may be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    code: Required[str]
    """Required by the documents."""


class V3PromotionsCodes(NodeResource):
    """`api.promotions.codes` (v3): all, iterall, create, delete, delete_coupon_code_by_code,
    delete_many, get_coupon_code_by_code.
    """

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
        promotion_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesAllQuery],
    ) -> list[CouponCode]:
        """`GET /v3/promotions/{promotion_id}/codes` (getPromotionCodes).

        Returns one page of `CouponCode` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            query: the query parameters (`V3PromotionsCodesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"promotions/{segment(promotion_id)}/codes",
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
        promotion_id: str,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesAllQuery],
    ) -> Iterator[CouponCode]:
        """`GET /v3/promotions/{promotion_id}/codes` (getPromotionCodes).

        Yields every `CouponCode` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PromotionsCodesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"promotions/{segment(promotion_id)}/codes",
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
        body_type=PromotionCodeCreate,
        envelope=True,
        operation_id="createPromotionCode",
    )

    def create(
        self,
        promotion_id: str,
        body: PromotionCodeCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CouponCode:
        """`POST /v3/promotions/{promotion_id}/codes` (createPromotionCode).

        Returns one `CouponCode`.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            body: `PromotionCodeCreate`, the request body.
        """
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
        """`DELETE /v3/promotions/{promotion_id}/codes/{code_id}` (deleteCouponCode).

        Returns None (the answer has no body).

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            code_id: `str`, the path's `{code_id}`.
        """
        return self._call(
            self._op_delete,
            f"promotions/{segment(promotion_id)}/codes/{segment(code_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_coupon_code_by_code: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="promotions/codes",
        version="v3",
        result="nothing",
        query_type=V3PromotionsCodesDeleteCouponCodeByCodeQuery,
        operation_id="deleteCouponCodeByCode",
        required_query=("code",),
    )

    def delete_coupon_code_by_code(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesDeleteCouponCodeByCodeQuery],
    ) -> None:
        """`DELETE /v3/promotions/codes` (deleteCouponCodeByCode).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `code`.

        Args:
            query: the query parameters (`V3PromotionsCodesDeleteCouponCodeByCodeQuery`).
        """
        return self._call(
            self._op_delete_coupon_code_by_code,
            "promotions/codes",
            query=query,
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
        required_query=("id:in",),
    )

    def delete_many(
        self,
        promotion_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/promotions/{promotion_id}/codes` (deleteCouponCodes).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            query: the query parameters (`V3PromotionsCodesDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            f"promotions/{segment(promotion_id)}/codes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_coupon_code_by_code: ClassVar[Operation[list[CouponCode]]] = Operation(
        method="GET",
        path="promotions/codes",
        version="v3",
        result="many",
        model=CouponCode,
        query_type=V3PromotionsCodesGetCouponCodeByCodeQuery,
        envelope=True,
        operation_id="getCouponCodeByCode",
    )

    def get_coupon_code_by_code(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsCodesGetCouponCodeByCodeQuery],
    ) -> list[CouponCode]:
        """`GET /v3/promotions/codes` (getCouponCodeByCode).

        Returns one page of `CouponCode` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Query parameters required by the documents when missing: `code`.

        Args:
            query: the query parameters (`V3PromotionsCodesGetCouponCodeByCodeQuery`).
        """
        return self._call(
            self._op_get_coupon_code_by_code,
            "promotions/codes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
