# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem` model and the bodies of its
create and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_default_abandoned_cart_email_template_response_0bb8b572 import (
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys,
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate,
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate,
)


class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem(ApiModel):
    """`GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem`: an object of the v3 API.
    Every field is optional; unknown fields are kept.
    """

    locale: str | None = None
    keys: GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys | None = None


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate(TypedDict, total=False):
    """The fields to create a `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem`
    with; unknown keys are refused. Keys marked `Required` must be given.
    """

    locale: Required[str]
    keys: Required[GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate]


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate(TypedDict, total=False):
    """The fields to update a `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem`
    with; unknown keys are refused.
    """

    locale: str
    keys: GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate
