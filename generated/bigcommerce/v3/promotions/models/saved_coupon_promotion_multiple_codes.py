# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `SavedCouponPromotionMultipleCodes` model."""

from __future__ import annotations

from ...._model import ApiModel


class SavedCouponPromotionMultipleCodes(ApiModel):
    """`SavedCouponPromotionMultipleCodes`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    has_multiple_codes: bool | None = None
