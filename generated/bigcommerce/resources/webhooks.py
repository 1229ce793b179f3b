# Generated from spec/v2/webhooks.yaml by codegen (`make generate`); do not edit.
"""The `Webhooks` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.webhook import Webhook, WebhookCreate, WebhookUpdate


@with_config(REQUEST_CONFIG)
class WebhooksFilters(TypedDict, total=False):
    """Query filters of `Webhooks`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class Webhooks(Resource):
    """`hooks` (v2): all, iterall, get, create, update, delete."""

    _op_all: ClassVar[Operation[list[Webhook]]] = Operation(
        method="GET",
        path="hooks",
        version="v2",
        result="many",
        model=Webhook,
        query_type=WebhooksFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[WebhooksFilters],
    ) -> list[Webhook]:
        """One page of Webhook objects: `GET /v2/hooks`.

        Returns one page of `Webhook` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`WebhooksFilters`).
        """
        return self._call(
            self._op_all,
            "hooks",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Webhook]]] = Operation(
        method="GET",
        path="hooks",
        version="v2",
        result="pages",
        model=Webhook,
        query_type=WebhooksFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[WebhooksFilters],
    ) -> Iterator[Webhook]:
        """Every Webhook of `GET /v2/hooks`, page after page.

        Yields every `Webhook` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            filters: the query parameters (`WebhooksFilters`).
        """
        return self._call(
            self._op_iterall,
            "hooks",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Webhook]] = Operation(
        method="GET", path="hooks/{id}", version="v2", result="one", model=Webhook
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Webhook:
        """One Webhook by id: `GET /v2/hooks/{id}`.

        Returns one `Webhook`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"hooks/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Webhook]] = Operation(
        method="POST",
        path="hooks",
        version="v2",
        result="one",
        model=Webhook,
        body_type=WebhookCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[WebhookCreate],
    ) -> Webhook:
        """Create a Webhook: `POST /v2/hooks`; returns it as stored.

        Returns one `Webhook`.

        Args:
            fields: the fields (`WebhookCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "hooks",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Webhook]] = Operation(
        method="PUT",
        path="hooks/{id}",
        version="v2",
        result="one",
        model=Webhook,
        body_type=WebhookUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[WebhookUpdate],
    ) -> Webhook:
        """Change a Webhook: `PUT /v2/hooks/{id}`; returns it as stored.

        Returns one `Webhook`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`WebhookUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"hooks/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="hooks/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one Webhook: `DELETE /v2/hooks/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"hooks/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
