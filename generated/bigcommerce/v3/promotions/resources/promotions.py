# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3Promotions` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.bulk_coupon_codes_data import BulkCouponCodesData
from ..models.promotion_codegen import PromotionCodegen
from ..models.promotion_create import PromotionCreate
from ..models.promotion_update import PromotionUpdate
from ..models.saved_coupon_promotion import SavedCouponPromotion

if TYPE_CHECKING:
    from .codes import V3PromotionsCodes
    from .settings import V3PromotionsSettings


@with_config(REQUEST_CONFIG)
class V3PromotionsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channels: list[int]
    code: str
    currency_code: str
    direction: Literal["asc", "desc"]
    id: int
    limit: int
    """From 1 to 250."""
    name: str
    page: int
    """At least 1."""
    query: str
    redemption_type: Literal["automatic", "coupon"]
    sort: Literal["id", "name", "priority", "start_date"]
    status: str


@with_config(REQUEST_CONFIG)
class V3PromotionsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3Promotions(NodeResource):
    """`api.promotions` (v3): all, iterall, codegen, create, delete, delete_many, get, update."""

    @cached_property
    def codes(self) -> V3PromotionsCodes:
        from .codes import V3PromotionsCodes

        return V3PromotionsCodes(self._connection)

    @cached_property
    def settings(self) -> V3PromotionsSettings:
        from .settings import V3PromotionsSettings

        return V3PromotionsSettings(self._connection)

    _op_all: ClassVar[Operation[list[SavedCouponPromotion]]] = Operation(
        method="GET",
        path="promotions",
        version="v3",
        result="many",
        model=SavedCouponPromotion,
        query_type=V3PromotionsAllQuery,
        envelope=True,
        operation_id="getPromotions",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsAllQuery],
    ) -> list[SavedCouponPromotion]:
        """`GET /v3/promotions` (getPromotions).

        Returns one page of `SavedCouponPromotion` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3PromotionsAllQuery`).
        """
        return self._call(
            self._op_all,
            "promotions",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[SavedCouponPromotion]]] = Operation(
        method="GET",
        path="promotions",
        version="v3",
        result="pages",
        model=SavedCouponPromotion,
        query_type=V3PromotionsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getPromotions",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsAllQuery],
    ) -> Iterator[SavedCouponPromotion]:
        """`GET /v3/promotions` (getPromotions).

        Yields every `SavedCouponPromotion` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PromotionsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "promotions",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_codegen: ClassVar[Operation[BulkCouponCodesData]] = Operation(
        method="POST",
        path="promotions/{promotion_id}/codegen",
        version="v3",
        result="one",
        model=BulkCouponCodesData,
        body_type=PromotionCodegen,
        envelope=True,
        operation_id="generatePromotionCodesBatch",
    )

    def codegen(
        self,
        promotion_id: str,
        body: PromotionCodegen,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> BulkCouponCodesData:
        """`POST /v3/promotions/{promotion_id}/codegen` (generatePromotionCodesBatch).

        Returns one `BulkCouponCodesData`.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            body: `PromotionCodegen`, the request body.
        """
        return self._call(
            self._op_codegen,
            f"promotions/{segment(promotion_id)}/codegen",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[SavedCouponPromotion]] = Operation(
        method="POST",
        path="promotions",
        version="v3",
        result="one",
        model=SavedCouponPromotion,
        body_type=PromotionCreate,
        envelope=True,
        operation_id="createPromotion",
    )

    def create(
        self,
        body: PromotionCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SavedCouponPromotion:
        """`POST /v3/promotions` (createPromotion).

        Returns one `SavedCouponPromotion`.

        Args:
            body: `PromotionCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "promotions",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="promotions/{promotion_id}",
        version="v3",
        result="nothing",
        operation_id="deletePromotion",
    )

    def delete(
        self,
        promotion_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/promotions/{promotion_id}` (deletePromotion).

        Returns None (the answer has no body).

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
        """
        return self._call(
            self._op_delete,
            f"promotions/{segment(promotion_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="promotions",
        version="v3",
        result="nothing",
        query_type=V3PromotionsDeleteManyQuery,
        operation_id="deletePromotions",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PromotionsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/promotions` (deletePromotions).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3PromotionsDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "promotions",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[SavedCouponPromotion]] = Operation(
        method="GET",
        path="promotions/{promotion_id}",
        version="v3",
        result="one",
        model=SavedCouponPromotion,
        envelope=True,
        operation_id="getPromotion",
    )

    def get(
        self,
        promotion_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SavedCouponPromotion:
        """`GET /v3/promotions/{promotion_id}` (getPromotion).

        Returns one `SavedCouponPromotion`.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
        """
        return self._call(
            self._op_get,
            f"promotions/{segment(promotion_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SavedCouponPromotion]] = Operation(
        method="PUT",
        path="promotions/{promotion_id}",
        version="v3",
        result="one",
        model=SavedCouponPromotion,
        body_type=PromotionUpdate,
        envelope=True,
        operation_id="updatePromotion",
    )

    def update(
        self,
        promotion_id: str,
        body: PromotionUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SavedCouponPromotion:
        """`PUT /v3/promotions/{promotion_id}` (updatePromotion).

        Returns one `SavedCouponPromotion`.

        Args:
            promotion_id: `str`, the path's `{promotion_id}`.
            body: `PromotionUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"promotions/{segment(promotion_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
