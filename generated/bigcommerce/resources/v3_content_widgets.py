# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentWidgets` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.widget_full import WidgetFull
from ..models.widget_post import WidgetPostCreate
from ..models.widget_put import WidgetPutUpdate


@with_config(REQUEST_CONFIG)
class V3ContentWidgetsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    limit: int
    name: str
    name__in: list[str]
    page: int
    site_id__in: list[int]
    widget_template_kind: str
    widget_template_uuid: str


class V3ContentWidgets(NodeResource):
    """`api.content.widgets` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3ContentWidgetsAllQuery]) -> list[WidgetFull]:
        """`GET /v3/content/widgets` (getWidgets)."""
        return self._many(
            WidgetFull, "GET", "content/widgets", query, V3ContentWidgetsAllQuery, envelope=True
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ContentWidgetsAllQuery]
    ) -> Iterator[WidgetFull]:
        """Every item of every page of `GET /v3/content/widgets` (getWidgets), one page in memory
        at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            WidgetFull,
            "GET",
            "content/widgets",
            query,
            V3ContentWidgetsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: WidgetPostCreate, /) -> WidgetFull:
        """`POST /v3/content/widgets` (createWidget)."""
        return self._one(
            WidgetFull,
            "POST",
            "content/widgets",
            {},
            None,
            body=body,
            body_type=WidgetPostCreate,
            envelope=True,
        )

    def delete(self, uuid: str, /) -> None:
        """`DELETE /v3/content/widgets/{uuid}` (deleteWidget)."""
        return self._nothing("DELETE", f"content/widgets/{segment(uuid)}", {}, None)

    def get(self, uuid: str, /) -> WidgetFull:
        """`GET /v3/content/widgets/{uuid}` (getWidget)."""
        return self._one(
            WidgetFull, "GET", f"content/widgets/{segment(uuid)}", {}, None, envelope=True
        )

    def update(self, uuid: str, body: WidgetPutUpdate, /) -> WidgetFull:
        """`PUT /v3/content/widgets/{uuid}` (updateWidget)."""
        return self._one(
            WidgetFull,
            "PUT",
            f"content/widgets/{segment(uuid)}",
            {},
            None,
            body=body,
            body_type=WidgetPutUpdate,
            envelope=True,
        )
