# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `Webhook` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class Webhook(ApiModel):
    """`Webhook`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.hooks`: `all`, `create`, `delete`, `get`, `update`.
    """

    id: int
    client_id: str | None = None
    store_hash: str | None = None
    created_at: int | None = None
    updated_at: int | None = None
    scope: str | None = None
    destination: str | None = None
    is_active: bool | None = None
    headers: dict[str, Any] | None = None
    """May be null."""
