# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3AbandonedCartEmailCreate` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._enums import AbandondedCartEmailNotifyAtMinute
from ...._model import REQUEST_CONFIG, ApiModel
from .template import Template, TemplateCreate, TemplateUpdate


class V3AbandonedCartEmailCreate(ApiModel):
    """`V3AbandonedCartEmailCreate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    is_active: bool | None = None
    coupon_code: str | None = None
    notify_at_minutes: int | None = None
    """One of: `60`, `120`, `180`, `240`, `300`, `360`, `420`, `480`, `540`, `600`, `660`, `720`,
    `780`, `840`, `900`, `960`, `1020`, `1080`, `1140`, `1200`, `1260`, `1320`, `1380`,
    `1440`, `2880`, `4320`, `5760`, `7200`, `8640`, `10080`, `11520`, `12960`, `14400`.
    """
    template: Template | None = None


@with_config(REQUEST_CONFIG)
class AbandonedCartEmailCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    is_active: bool
    coupon_code: str
    notify_at_minutes: AbandondedCartEmailNotifyAtMinute
    template: TemplateCreate


@with_config(REQUEST_CONFIG)
class AbandonedCartEmailUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    is_active: bool
    coupon_code: str
    notify_at_minutes: AbandondedCartEmailNotifyAtMinute
    template: TemplateUpdate
