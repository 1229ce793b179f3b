# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `WebhookRespResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class WebhookRespResponseData(ApiModel):
    """`WebhookRespResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    client_id: str | None = None
    store_hash: str | None = None
    scope: str | None = None
    destination: str | None = None
    headers: dict[str, Any] | None = None
    is_active: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None


@with_config(REQUEST_CONFIG)
class WebhookRespResponseDataCreate(TypedDict, total=False):
    """The fields to create a `WebhookRespResponseData` with; unknown keys are refused."""

    id: int
    client_id: str
    store_hash: str
    scope: str
    destination: str
    headers: dict[str, Any] | None
    is_active: bool
    created_at: int
    updated_at: int


@with_config(REQUEST_CONFIG)
class WebhookRespResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `WebhookRespResponseData` with; unknown keys are refused."""

    id: int
    client_id: str
    store_hash: str
    scope: str
    destination: str
    headers: dict[str, Any] | None
    is_active: bool
    created_at: int
    updated_at: int
