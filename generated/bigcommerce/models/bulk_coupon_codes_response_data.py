# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `BulkCouponCodesResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .bulk_coupon_code import BulkCouponCode, BulkCouponCodeCreate, BulkCouponCodeUpdate


class BulkCouponCodesResponseData(ApiModel):
    """`BulkCouponCodesResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created: _dt.datetime | None = None
    max_uses: int | None = None
    max_uses_per_customer: int | None = None
    batch_size: int | None = None
    codes: list[BulkCouponCode] | None = None


@with_config(REQUEST_CONFIG)
class BulkCouponCodesResponseDataCreate(TypedDict, total=False):
    """The fields to create a `BulkCouponCodesResponseData` with; unknown keys are refused."""

    created: _dt.datetime | str
    max_uses: int
    max_uses_per_customer: int
    batch_size: int
    codes: list[BulkCouponCodeCreate]


@with_config(REQUEST_CONFIG)
class BulkCouponCodesResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `BulkCouponCodesResponseData` with; unknown keys are refused."""

    created: _dt.datetime | str
    max_uses: int
    max_uses_per_customer: int
    batch_size: int
    codes: list[BulkCouponCodeUpdate]
