# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `V3Hooks` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.webhook_base import WebhookBaseCreate
from ..models.webhook_full import WebhookFull
from ..models.webhook_put import WebhookPutUpdate
from ..models.webhook_resp_response_data import WebhookRespResponseData
from ..models.webhooks_resp_response_data_item import WebhooksRespResponseDataItem

if TYPE_CHECKING:
    from .v3_hooks_admin import V3HooksAdmin


@with_config(REQUEST_CONFIG)
class V3HooksAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    destination: str
    is_active: bool
    limit: int
    page: int
    scope: str


class V3Hooks(NodeResource):
    """`api.hooks` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    @cached_property
    def admin(self) -> V3HooksAdmin:
        from .v3_hooks_admin import V3HooksAdmin

        return V3HooksAdmin(self._connection)

    def all(self, **query: Unpack[V3HooksAllQuery]) -> list[WebhooksRespResponseDataItem]:
        """`GET /v3/hooks` (getWebhooks)."""
        return self._many(
            WebhooksRespResponseDataItem, "GET", "hooks", query, V3HooksAllQuery, envelope=True
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3HooksAllQuery]
    ) -> Iterator[WebhooksRespResponseDataItem]:
        """Every item of every page of `GET /v3/hooks` (getWebhooks), one page in memory at a
        time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            WebhooksRespResponseDataItem,
            "GET",
            "hooks",
            query,
            V3HooksAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: WebhookBaseCreate, /) -> WebhookFull:
        """`POST /v3/hooks` (createWebhooks)."""
        return self._one(
            WebhookFull,
            "POST",
            "hooks",
            {},
            None,
            body=body,
            body_type=WebhookBaseCreate,
            envelope=True,
        )

    def delete(self, webhook_id: int, /) -> WebhookRespResponseData:
        """`DELETE /v3/hooks/{webhook_id}` (deleteWebhook)."""
        return self._one(
            WebhookRespResponseData,
            "DELETE",
            f"hooks/{segment(webhook_id)}",
            {},
            None,
            envelope=True,
        )

    def get(self, webhook_id: int, /) -> WebhookRespResponseData:
        """`GET /v3/hooks/{webhook_id}` (getWebhook)."""
        return self._one(
            WebhookRespResponseData, "GET", f"hooks/{segment(webhook_id)}", {}, None, envelope=True
        )

    def update(self, webhook_id: int, body: WebhookPutUpdate, /) -> WebhookRespResponseData:
        """`PUT /v3/hooks/{webhook_id}` (updateWebhook)."""
        return self._one(
            WebhookRespResponseData,
            "PUT",
            f"hooks/{segment(webhook_id)}",
            {},
            None,
            body=body,
            body_type=WebhookPutUpdate,
            envelope=True,
        )
