# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `hooks` models, loaded on first use: `from bigcommerce.v3.hooks import Webhook`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.hook_admin import HookAdmin
    from .models.hook_admin_blocked_domain import HookAdminBlockedDomain
    from .models.hook_admin_blocked_domain_reason import HookAdminBlockedDomainReason
    from .models.hook_admin_hooks_list import HookAdminHooksList
    from .models.hook_admin_update import HookAdminUpdate
    from .models.hook_create import HookCreate
    from .models.hook_update import HookUpdate
    from .models.webhook import Webhook

#: public name -> (model module, its name there)
_EXPORTS = {
    "HookAdmin": (".models.hook_admin", "HookAdmin"),
    "HookAdminBlockedDomain": (".models.hook_admin_blocked_domain", "HookAdminBlockedDomain"),
    "HookAdminBlockedDomainReason": (
        ".models.hook_admin_blocked_domain_reason",
        "HookAdminBlockedDomainReason",
    ),
    "HookAdminHooksList": (".models.hook_admin_hooks_list", "HookAdminHooksList"),
    "HookAdminUpdate": (".models.hook_admin_update", "HookAdminUpdate"),
    "HookCreate": (".models.hook_create", "HookCreate"),
    "HookUpdate": (".models.hook_update", "HookUpdate"),
    "Webhook": (".models.webhook", "Webhook"),
}

__all__ = [
    "HookAdmin",
    "HookAdminBlockedDomain",
    "HookAdminBlockedDomainReason",
    "HookAdminHooksList",
    "HookAdminUpdate",
    "HookCreate",
    "HookUpdate",
    "Webhook",
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
