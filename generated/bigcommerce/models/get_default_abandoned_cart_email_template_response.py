# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `GetDefaultAbandonedCartEmailTemplateResponse` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_default_abandoned_cart_email_template_response_c1d88966 import (
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem,
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate,
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate,
)


class GetDefaultAbandonedCartEmailTemplateResponse(ApiModel):
    """`GetDefaultAbandonedCartEmailTemplateResponse`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    subject: str | None = None
    body: str | None = None
    translations: list[GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem] | None = None


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseCreate(TypedDict, total=False):
    """The fields to create a `GetDefaultAbandonedCartEmailTemplateResponse` with; unknown keys
    are refused. Keys marked `Required` must be given.
    """

    subject: Required[str]
    body: Required[str]
    translations: Required[list[GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate]]


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseUpdate(TypedDict, total=False):
    """The fields to update a `GetDefaultAbandonedCartEmailTemplateResponse` with; unknown keys
    are refused.
    """

    subject: str
    body: str
    translations: list[GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate]
