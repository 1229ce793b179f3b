# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `marketing` models, loaded on first use: `from bigcommerce.v3.marketing import
AbandondedCartEmail`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models._enums import AbandondedCartEmailNotifyAtMinute
    from ..models.abandonded_cart_email import AbandondedCartEmail
    from ..models.abandoned_cart_email_default import AbandonedCartEmailDefault
    from ..models.abandoned_cart_email_default_translation import (
        AbandonedCartEmailDefaultTranslation,
    )
    from ..models.abandoned_cart_email_default_translation_keys import (
        AbandonedCartEmailDefaultTranslationKeys,
    )
    from ..models.abandoned_cart_email_setting_update import AbandonedCartEmailSettingUpdate
    from ..models.email_template_update import EmailTemplateUpdate
    from ..models.locale import Locale
    from ..models.template import Template
    from ..models.translation_definition import TranslationDefinition
    from ..models.v3_abandoned_cart_email_create import (
        V3AbandonedCartEmailCreateCreate as AbandonedCartEmailCreate,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "AbandondedCartEmail": ("abandonded_cart_email", "AbandondedCartEmail"),
    "AbandondedCartEmailNotifyAtMinute": ("_enums", "AbandondedCartEmailNotifyAtMinute"),
    "AbandonedCartEmailCreate": (
        "v3_abandoned_cart_email_create",
        "V3AbandonedCartEmailCreateCreate",
    ),
    "AbandonedCartEmailDefault": ("abandoned_cart_email_default", "AbandonedCartEmailDefault"),
    "AbandonedCartEmailDefaultTranslation": (
        "abandoned_cart_email_default_translation",
        "AbandonedCartEmailDefaultTranslation",
    ),
    "AbandonedCartEmailDefaultTranslationKeys": (
        "abandoned_cart_email_default_translation_keys",
        "AbandonedCartEmailDefaultTranslationKeys",
    ),
    "AbandonedCartEmailSettingUpdate": (
        "abandoned_cart_email_setting_update",
        "AbandonedCartEmailSettingUpdate",
    ),
    "EmailTemplateUpdate": ("email_template_update", "EmailTemplateUpdate"),
    "Locale": ("locale", "Locale"),
    "Template": ("template", "Template"),
    "TranslationDefinition": ("translation_definition", "TranslationDefinition"),
}

__all__ = [
    "AbandondedCartEmail",
    "AbandondedCartEmailNotifyAtMinute",
    "AbandonedCartEmailCreate",
    "AbandonedCartEmailDefault",
    "AbandonedCartEmailDefaultTranslation",
    "AbandonedCartEmailDefaultTranslationKeys",
    "AbandonedCartEmailSettingUpdate",
    "EmailTemplateUpdate",
    "Locale",
    "Template",
    "TranslationDefinition",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
