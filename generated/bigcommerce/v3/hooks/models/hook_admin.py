# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookAdmin` model."""

from __future__ import annotations

from ...._model import ApiModel
from .hook_admin_blocked_domain import HookAdminBlockedDomain
from .hook_admin_hooks_list import HookAdminHooksList


class HookAdmin(ApiModel):
    """`HookAdmin`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.hooks.admin`: `get`.
    """

    emails: list[str] | None = None
    hooks_list: list[HookAdminHooksList] | None = None
    blocked_domains: list[HookAdminBlockedDomain] | None = None
