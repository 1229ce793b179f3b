# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `PromotionCustomer` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_segment_limitation import (
    CustomerSegmentLimitation,
    CustomerSegmentLimitationCreate,
    CustomerSegmentLimitationUpdate,
)


class PromotionCustomer(ApiModel):
    """`PromotionCustomer`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    group_ids: list[int] | None = None
    minimum_order_count: int | None = None
    excluded_group_ids: list[int] | None = None
    segments: CustomerSegmentLimitation | None = None


@with_config(REQUEST_CONFIG)
class PromotionCustomerCreate(TypedDict, total=False):
    """The fields to create a `PromotionCustomer` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    group_ids: list[int]
    minimum_order_count: int
    excluded_group_ids: list[int]
    segments: CustomerSegmentLimitationCreate


@with_config(REQUEST_CONFIG)
class PromotionCustomerUpdate(TypedDict, total=False):
    """The fields to update a `PromotionCustomer` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    group_ids: list[int]
    minimum_order_count: int
    excluded_group_ids: list[int]
    segments: CustomerSegmentLimitationUpdate
