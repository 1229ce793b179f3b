# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `V3Hooks` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.hook_create import HookCreate
from ..models.hook_update import HookUpdate
from ..models.webhook import Webhook

if TYPE_CHECKING:
    from .admin import V3HooksAdmin


@with_config(REQUEST_CONFIG)
class V3HooksAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    destination: str
    is_active: bool
    limit: int
    page: int
    scope: str


class V3Hooks(NodeResource):
    """`api.hooks` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def admin(self) -> V3HooksAdmin:
        from .admin import V3HooksAdmin

        return V3HooksAdmin(self._connection)

    _op_all: ClassVar[Operation[list[Webhook]]] = Operation(
        method="GET",
        path="hooks",
        version="v3",
        result="many",
        model=Webhook,
        query_type=V3HooksAllQuery,
        envelope=True,
        operation_id="getWebhooks",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3HooksAllQuery],
    ) -> list[Webhook]:
        """`GET /v3/hooks` (getWebhooks).

        Returns one page of `Webhook` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3HooksAllQuery`).
        """
        return self._call(
            self._op_all,
            "hooks",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Webhook]]] = Operation(
        method="GET",
        path="hooks",
        version="v3",
        result="pages",
        model=Webhook,
        query_type=V3HooksAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getWebhooks",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3HooksAllQuery],
    ) -> Iterator[Webhook]:
        """`GET /v3/hooks` (getWebhooks).

        Yields every `Webhook` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3HooksAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "hooks",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Webhook]] = Operation(
        method="POST",
        path="hooks",
        version="v3",
        result="one",
        model=Webhook,
        body_type=HookCreate,
        envelope=True,
        operation_id="createWebhooks",
    )

    def create(
        self,
        body: HookCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Webhook:
        """`POST /v3/hooks` (createWebhooks).

        Returns one `Webhook`.

        Args:
            body: `HookCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "hooks",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[Webhook]] = Operation(
        method="DELETE",
        path="hooks/{webhook_id}",
        version="v3",
        result="one",
        model=Webhook,
        envelope=True,
        operation_id="deleteWebhook",
    )

    def delete(
        self,
        webhook_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Webhook:
        """`DELETE /v3/hooks/{webhook_id}` (deleteWebhook).

        Returns one `Webhook`.

        Args:
            webhook_id: `int`, the path's `{webhook_id}`.
        """
        return self._call(
            self._op_delete,
            f"hooks/{segment(webhook_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Webhook]] = Operation(
        method="GET",
        path="hooks/{webhook_id}",
        version="v3",
        result="one",
        model=Webhook,
        envelope=True,
        operation_id="getWebhook",
    )

    def get(
        self,
        webhook_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Webhook:
        """`GET /v3/hooks/{webhook_id}` (getWebhook).

        Returns one `Webhook`.

        Args:
            webhook_id: `int`, the path's `{webhook_id}`.
        """
        return self._call(
            self._op_get,
            f"hooks/{segment(webhook_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Webhook]] = Operation(
        method="PUT",
        path="hooks/{webhook_id}",
        version="v3",
        result="one",
        model=Webhook,
        body_type=HookUpdate,
        envelope=True,
        operation_id="updateWebhook",
    )

    def update(
        self,
        webhook_id: int,
        body: HookUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Webhook:
        """`PUT /v3/hooks/{webhook_id}` (updateWebhook).

        Returns one `Webhook`.

        Args:
            webhook_id: `int`, the path's `{webhook_id}`.
            body: `HookUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"hooks/{segment(webhook_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
