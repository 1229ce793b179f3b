# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `WebhookFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class WebhookFull(ApiModel):
    """`WebhookFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    client_id: str | None = None
    store_hash: str | None = None
    created_at: int | None = None
    updated_at: int | None = None
    scope: str | None = None
    destination: str | None = None
    is_active: bool | None = None
    headers: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class WebhookFullCreate(TypedDict, total=False):
    """The fields to create a `WebhookFull` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: int
    client_id: str
    store_hash: str
    created_at: int
    updated_at: int
    scope: Required[str]
    destination: Required[str]
    is_active: bool
    headers: dict[str, Any] | None


@with_config(REQUEST_CONFIG)
class WebhookFullUpdate(TypedDict, total=False):
    """The fields to update a `WebhookFull` with; unknown keys are refused."""

    id: int
    client_id: str
    store_hash: str
    created_at: int
    updated_at: int
    scope: str
    destination: str
    is_active: bool
    headers: dict[str, Any] | None
