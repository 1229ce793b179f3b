# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `SavedCouponPromotionMultipleCodes` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SavedCouponPromotionMultipleCodes(ApiModel):
    """`SavedCouponPromotionMultipleCodes`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    has_multiple_codes: bool | None = None


@with_config(REQUEST_CONFIG)
class SavedCouponPromotionMultipleCodesCreate(TypedDict, total=False):
    """The fields to create a `SavedCouponPromotionMultipleCodes` with; unknown keys are refused."""

    has_multiple_codes: bool


@with_config(REQUEST_CONFIG)
class SavedCouponPromotionMultipleCodesUpdate(TypedDict, total=False):
    """The fields to update a `SavedCouponPromotionMultipleCodes` with; unknown keys are refused."""

    has_multiple_codes: bool
