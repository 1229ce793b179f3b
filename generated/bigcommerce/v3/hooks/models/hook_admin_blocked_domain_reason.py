# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookAdminBlockedDomainReason` model."""

from __future__ import annotations

from ...._model import ApiModel


class HookAdminBlockedDomainReason(ApiModel):
    """`HookAdminBlockedDomainReason`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    failure_description: str | None = None
    count: int | None = None
    timestamp: int | None = None
