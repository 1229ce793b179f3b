# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `BulkCouponCode` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class BulkCouponCode(ApiModel):
    """`BulkCouponCode`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None


@with_config(REQUEST_CONFIG)
class BulkCouponCodeCreate(TypedDict, total=False):
    """The fields to create a `BulkCouponCode` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    code: Required[str]


@with_config(REQUEST_CONFIG)
class BulkCouponCodeUpdate(TypedDict, total=False):
    """The fields to update a `BulkCouponCode` with; unknown keys are refused."""

    code: str
