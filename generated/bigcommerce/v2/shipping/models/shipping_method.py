# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingMethod` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from .zone_method_create_handling_fees import ZoneMethodCreateHandlingFees


class ShippingMethod(ApiModel):
    """`ShippingMethod`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.v2.shipping.zones.methods`: `all`, `create`, `get`,
    `update`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    type: str | None = None
    """One of: `'perorder'`, `'peritem'`, `'weight'`, `'total'`, `'auspost'`, `'canadapost'`,
    `'endicia'`, `'usps'`, `'fedex'`, `'royalmail'`, `'upsready'`, `'freeshipping'`.
    """
    settings: dict[str, Any] | None = None
    enabled: bool | None = None
    handling_fees: ZoneMethodCreateHandlingFees | None = None
    is_fallback: bool | None = None
    channel_ids: list[int] | None = None
