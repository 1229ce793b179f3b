# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `marketing` models, loaded on first use: `from bigcommerce.v3.marketing import
AbandondedCartEmail`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import AbandondedCartEmailNotifyAtMinute
    from .models.abandonded_cart_email import AbandondedCartEmail
    from .models.abandoned_cart_email_create import (
        AbandonedCartEmailCreate,
        AbandonedCartEmailUpdate,
    )
    from .models.abandoned_cart_email_default import AbandonedCartEmailDefault
    from .models.abandoned_cart_email_default_translation import (
        AbandonedCartEmailDefaultTranslation,
    )
    from .models.abandoned_cart_email_default_translation_keys import (
        AbandonedCartEmailDefaultTranslationKeys,
    )
    from .models.abandoned_cart_email_setting_update import (
        AbandonedCartEmailSettingUpdate,
        AbandonedCartEmailSettingUpdateBody,
    )
    from .models.email_template_update import EmailTemplateUpdate, EmailTemplateUpdateBody
    from .models.locale import Locale
    from .models.template import Template
    from .models.translation_definition import TranslationDefinition

#: public name -> (model module, its name there)
_EXPORTS = {
    "AbandondedCartEmail": (".models.abandonded_cart_email", "AbandondedCartEmail"),
    "AbandondedCartEmailNotifyAtMinute": ("..._enums", "AbandondedCartEmailNotifyAtMinute"),
    "AbandonedCartEmailCreate": (".models.abandoned_cart_email_create", "AbandonedCartEmailCreate"),
    "AbandonedCartEmailDefault": (
        ".models.abandoned_cart_email_default",
        "AbandonedCartEmailDefault",
    ),
    "AbandonedCartEmailDefaultTranslation": (
        ".models.abandoned_cart_email_default_translation",
        "AbandonedCartEmailDefaultTranslation",
    ),
    "AbandonedCartEmailDefaultTranslationKeys": (
        ".models.abandoned_cart_email_default_translation_keys",
        "AbandonedCartEmailDefaultTranslationKeys",
    ),
    "AbandonedCartEmailSettingUpdate": (
        ".models.abandoned_cart_email_setting_update",
        "AbandonedCartEmailSettingUpdate",
    ),
    "AbandonedCartEmailSettingUpdateBody": (
        ".models.abandoned_cart_email_setting_update",
        "AbandonedCartEmailSettingUpdateBody",
    ),
    "AbandonedCartEmailUpdate": (".models.abandoned_cart_email_create", "AbandonedCartEmailUpdate"),
    "EmailTemplateUpdate": (".models.email_template_update", "EmailTemplateUpdate"),
    "EmailTemplateUpdateBody": (".models.email_template_update", "EmailTemplateUpdateBody"),
    "Locale": (".models.locale", "Locale"),
    "Template": (".models.template", "Template"),
    "TranslationDefinition": (".models.translation_definition", "TranslationDefinition"),
}

__all__ = [
    "AbandondedCartEmail",
    "AbandondedCartEmailNotifyAtMinute",
    "AbandonedCartEmailCreate",
    "AbandonedCartEmailDefault",
    "AbandonedCartEmailDefaultTranslation",
    "AbandonedCartEmailDefaultTranslationKeys",
    "AbandonedCartEmailSettingUpdate",
    "AbandonedCartEmailSettingUpdateBody",
    "AbandonedCartEmailUpdate",
    "EmailTemplateUpdate",
    "EmailTemplateUpdateBody",
    "Locale",
    "Template",
    "TranslationDefinition",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
