# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `BulkCouponCodesData` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from ...shared.models.currency import Currency


class BulkCouponCodesData(ApiModel):
    """`BulkCouponCodesData`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.promotions`: `codegen`.
    """

    created: _dt.datetime | None = None
    max_uses: int | None = None
    max_uses_per_customer: int | None = None
    batch_size: int | None = None
    codes: list[Currency] | None = None
