# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandondedCartEmail` model."""

from __future__ import annotations

from ...._model import ApiModel
from .template import Template


class AbandondedCartEmail(ApiModel):
    """`AbandondedCartEmail`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.marketing.abandoned_cart_emails`: `all`, `create`,
    `get`, `update`.
    """

    id: int
    notify_at_minutes: int | None = None
    """One of: `60`, `120`, `180`, `240`, `300`, `360`, `420`, `480`, `540`, `600`, `660`, `720`,
    `780`, `840`, `900`, `960`, `1020`, `1080`, `1140`, `1200`, `1260`, `1320`, `1380`,
    `1440`, `2880`, `4320`, `5760`, `7200`, `8640`, `10080`, `11520`, `12960`, `14400`.
    """
    coupon_code: str | None = None
    template: Template | None = None
    is_active: bool | None = None
    sent_num: int | None = None
