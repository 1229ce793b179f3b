# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookAdminHooksList` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class HookAdminHooksList(ApiModel):
    """`HookAdminHooksList`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    client_id: str | None = None
    """At least 1 character."""
    store_hash: str | None = None
    """At least 1 character."""
    scope: str | None = None
    """At least 1 character."""
    destination: str | None = None
    """At least 1 character."""
    headers: dict[str, Any] | None = None
    """May be null."""
    is_active: bool | None = None
    """Default `true`."""
    created_at: int | None = None
    updated_at: int | None = None
    status: str | None = None
    """One of: `'inactive'`, `'active'`, `'deactivated'`."""
