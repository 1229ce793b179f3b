# Generated from spec/v2/webhooks.yaml by codegen (`make generate`); do not edit.
"""The `Webhooks` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.webhook import Webhook, WebhookCreate, WebhookUpdate


@with_config(REQUEST_CONFIG)
class WebhooksFilters(TypedDict, total=False):
    """Query filters of `Webhooks`; unknown keys are refused."""

    page: int
    limit: int


class Webhooks(Resource):
    """`hooks` (v2): all, iterall, get, create, update, delete."""

    def all(self, **filters: Unpack[WebhooksFilters]) -> list[Webhook]:
        """One page of Webhook objects: `GET hooks`."""
        return self._list(Webhook, "hooks", filters, WebhooksFilters)

    def iterall(self, **filters: Unpack[WebhooksFilters]) -> Iterator[Webhook]:
        """Every Webhook of `GET hooks`, page after page, one page in memory at a time."""
        return self._iterate(Webhook, "hooks", filters, WebhooksFilters)

    def get(self, id: Id, /) -> Webhook:
        """One Webhook by id: `GET hooks/{id}`."""
        return self._get(Webhook, f"hooks/{segment(id)}")

    def create(self, **fields: Unpack[WebhookCreate]) -> Webhook:
        """Create a Webhook: `POST hooks`; returns it as stored."""
        return self._write(Webhook, "POST", "hooks", fields, WebhookCreate)

    def update(self, id: Id, /, **fields: Unpack[WebhookUpdate]) -> Webhook:
        """Change a Webhook: `PUT hooks/{id}`; returns it as stored."""
        return self._write(Webhook, "PUT", f"hooks/{segment(id)}", fields, WebhookUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Webhook: `DELETE hooks/{id}`."""
        return self._delete(f"hooks/{segment(id)}")
