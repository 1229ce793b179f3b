# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys` model and the bodies of
its create and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys(ApiModel):
    """`GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys`: an object of the v3
    API. Every field is optional; unknown fields are kept.
    """

    hello_phrase: str | None = None


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate(
    TypedDict, total=False
):
    """The fields to create a `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys`
    with; unknown keys are refused.
    """

    hello_phrase: str


@with_config(REQUEST_CONFIG)
class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate(
    TypedDict, total=False
):
    """The fields to update a `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys`
    with; unknown keys are refused.
    """

    hello_phrase: str
