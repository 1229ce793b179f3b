# Generated from spec/v2/webhooks.yaml by codegen (`make generate`); do not edit.
"""The `Webhook` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Webhook(ApiModel):
    """`Webhook`: an object of the v2 `Webhooks` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    client_id: str | None = None
    """Read-only: set by the API, never sent."""
    store_hash: str | None = None
    """Read-only: set by the API, never sent."""
    scope: str | None = None
    """Required to create."""
    destination: str | None = None
    """Required to create."""
    is_active: bool | None = None
    headers: dict[str, Any] | None = None
    """May be null."""
    created_at: int | None = None
    """Read-only: set by the API, never sent."""
    updated_at: int | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[WebhookUpdate]) -> Webhook:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.webhooks import Webhooks

        return self._resource(Webhooks).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.webhooks import Webhooks

        return self._resource(Webhooks).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class WebhookCreate(TypedDict, total=False):
    """The fields to create a `Webhook` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    scope: Required[str]
    destination: Required[str]
    is_active: bool
    headers: dict[str, Any] | None


@with_config(REQUEST_CONFIG)
class WebhookUpdate(TypedDict, total=False):
    """The fields to update a `Webhook` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    scope: str
    destination: str
    is_active: bool
    headers: dict[str, Any] | None
