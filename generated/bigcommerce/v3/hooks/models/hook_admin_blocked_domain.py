# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookAdminBlockedDomain` model."""

from __future__ import annotations

from ...._model import ApiModel
from .hook_admin_blocked_domain_reason import HookAdminBlockedDomainReason


class HookAdminBlockedDomain(ApiModel):
    """`HookAdminBlockedDomain`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    destination: str | None = None
    time_left: int | None = None
    reasons: list[HookAdminBlockedDomainReason] | None = None
