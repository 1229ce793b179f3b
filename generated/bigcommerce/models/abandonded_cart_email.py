# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandondedCartEmail` model."""

from __future__ import annotations

from .._model import ApiModel
from .template import Template


class AbandondedCartEmail(ApiModel):
    """`AbandondedCartEmail`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    notify_at_minutes: int | None = None
    coupon_code: str | None = None
    template: Template | None = None
    is_active: bool | None = None
    sent_num: int | None = None
