# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCouponCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutCouponCreateModel(ApiModel):
    """`CheckoutCouponCreateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    coupon_code: str | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCouponCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    coupon_code: str
    version: int
