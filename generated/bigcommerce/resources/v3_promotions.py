# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3Promotions` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.bulk_coupon_codes_response_data import BulkCouponCodesResponseData
from ..models.create_promotion_request import CreatePromotionRequestCreate
from ..models.generate_promotion_codes_batch_request import GeneratePromotionCodesBatchRequestCreate
from ..models.promotions_collection_response_data_item import PromotionsCollectionResponseDataItem
from ..models.promotions_response_data import PromotionsResponseData
from ..models.update_promotion_request import UpdatePromotionRequestUpdate

if TYPE_CHECKING:
    from .v3_promotions_codes import V3PromotionsCodes
    from .v3_promotions_settings import V3PromotionsSettings


@with_config(REQUEST_CONFIG)
class V3PromotionsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channels: list[int]
    code: str
    currency_code: str
    direction: Literal["asc", "desc"]
    id: int
    limit: int
    name: str
    page: int
    query: str
    redemption_type: Literal["automatic", "coupon"]
    sort: Literal["id", "name", "priority", "start_date"]
    status: str


@with_config(REQUEST_CONFIG)
class V3PromotionsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: Required[list[int]]


class V3Promotions(NodeResource):
    """`api.promotions` (v3): all, iterall, codegen, create, delete, delete_many, get, update."""

    _version = "v3"

    @cached_property
    def codes(self) -> V3PromotionsCodes:
        from .v3_promotions_codes import V3PromotionsCodes

        return V3PromotionsCodes(self._connection)

    @cached_property
    def settings(self) -> V3PromotionsSettings:
        from .v3_promotions_settings import V3PromotionsSettings

        return V3PromotionsSettings(self._connection)

    def all(
        self, **query: Unpack[V3PromotionsAllQuery]
    ) -> list[PromotionsCollectionResponseDataItem]:
        """`GET /v3/promotions` (getPromotions)."""
        return self._many(
            PromotionsCollectionResponseDataItem,
            "GET",
            "promotions",
            query,
            V3PromotionsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3PromotionsAllQuery]
    ) -> Iterator[PromotionsCollectionResponseDataItem]:
        """Every item of every page of `GET /v3/promotions` (getPromotions), one page in memory
        at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            PromotionsCollectionResponseDataItem,
            "GET",
            "promotions",
            query,
            V3PromotionsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def codegen(
        self, promotion_id: str, body: GeneratePromotionCodesBatchRequestCreate, /
    ) -> BulkCouponCodesResponseData:
        """`POST /v3/promotions/{promotion_id}/codegen` (generatePromotionCodesBatch)."""
        return self._one(
            BulkCouponCodesResponseData,
            "POST",
            f"promotions/{segment(promotion_id)}/codegen",
            {},
            None,
            body=body,
            body_type=GeneratePromotionCodesBatchRequestCreate,
            envelope=True,
        )

    def create(self, body: CreatePromotionRequestCreate, /) -> PromotionsResponseData:
        """`POST /v3/promotions` (createPromotion)."""
        return self._one(
            PromotionsResponseData,
            "POST",
            "promotions",
            {},
            None,
            body=body,
            body_type=CreatePromotionRequestCreate,
            envelope=True,
        )

    def delete(self, promotion_id: str, /) -> None:
        """`DELETE /v3/promotions/{promotion_id}` (deletePromotion)."""
        return self._nothing("DELETE", f"promotions/{segment(promotion_id)}", {}, None)

    def delete_many(self, **query: Unpack[V3PromotionsDeleteManyQuery]) -> None:
        """`DELETE /v3/promotions` (deletePromotions)."""
        return self._nothing("DELETE", "promotions", query, V3PromotionsDeleteManyQuery)

    def get(self, promotion_id: str, /) -> PromotionsResponseData:
        """`GET /v3/promotions/{promotion_id}` (getPromotion)."""
        return self._one(
            PromotionsResponseData,
            "GET",
            f"promotions/{segment(promotion_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, promotion_id: str, body: UpdatePromotionRequestUpdate, /
    ) -> PromotionsResponseData:
        """`PUT /v3/promotions/{promotion_id}` (updatePromotion)."""
        return self._one(
            PromotionsResponseData,
            "PUT",
            f"promotions/{segment(promotion_id)}",
            {},
            None,
            body=body,
            body_type=UpdatePromotionRequestUpdate,
            envelope=True,
        )
