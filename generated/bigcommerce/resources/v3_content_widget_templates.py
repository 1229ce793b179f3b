# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentWidgetTemplates` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.widget_template_full import WidgetTemplateFull
from ..models.widget_template_post import WidgetTemplatePostCreate
from ..models.widget_template_preview import WidgetTemplatePreviewCreate
from ..models.widget_template_preview_response_data import WidgetTemplatePreviewResponseData
from ..models.widget_template_put import WidgetTemplatePutUpdate


@with_config(REQUEST_CONFIG)
class V3ContentWidgetTemplatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    limit: int
    page: int
    widget_template_kind: str


@with_config(REQUEST_CONFIG)
class V3ContentWidgetTemplatesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    version_uuid: str


class V3ContentWidgetTemplates(NodeResource):
    """`api.content.widget_templates` (v3): all, iterall, create, delete, get, preview, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3ContentWidgetTemplatesAllQuery]) -> list[WidgetTemplateFull]:
        """`GET /v3/content/widget-templates` (getWidgetTemplates)."""
        return self._many(
            WidgetTemplateFull,
            "GET",
            "content/widget-templates",
            query,
            V3ContentWidgetTemplatesAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ContentWidgetTemplatesAllQuery]
    ) -> Iterator[WidgetTemplateFull]:
        """Every item of every page of `GET /v3/content/widget-templates` (getWidgetTemplates),
        one page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._pages(
            WidgetTemplateFull,
            "GET",
            "content/widget-templates",
            query,
            V3ContentWidgetTemplatesAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: WidgetTemplatePostCreate, /) -> WidgetTemplateFull:
        """`POST /v3/content/widget-templates` (createWidgetTemplate)."""
        return self._one(
            WidgetTemplateFull,
            "POST",
            "content/widget-templates",
            {},
            None,
            body=body,
            body_type=WidgetTemplatePostCreate,
            envelope=True,
        )

    def delete(self, uuid: str, /) -> None:
        """`DELETE /v3/content/widget-templates/{uuid}` (deleteWidgetTemplate)."""
        return self._nothing("DELETE", f"content/widget-templates/{segment(uuid)}", {}, None)

    def get(
        self, uuid: str, /, **query: Unpack[V3ContentWidgetTemplatesGetQuery]
    ) -> WidgetTemplateFull:
        """`GET /v3/content/widget-templates/{uuid}` (getWidgetTemplate)."""
        return self._one(
            WidgetTemplateFull,
            "GET",
            f"content/widget-templates/{segment(uuid)}",
            query,
            V3ContentWidgetTemplatesGetQuery,
            envelope=True,
        )

    def preview(
        self, uuid: str, body: WidgetTemplatePreviewCreate, /
    ) -> WidgetTemplatePreviewResponseData:
        """`POST /v3/content/widget-templates/{uuid}/preview` (previewWidget)."""
        return self._one(
            WidgetTemplatePreviewResponseData,
            "POST",
            f"content/widget-templates/{segment(uuid)}/preview",
            {},
            None,
            body=body,
            body_type=WidgetTemplatePreviewCreate,
            envelope=True,
        )

    def update(self, uuid: str, body: WidgetTemplatePutUpdate, /) -> WidgetTemplateFull:
        """`PUT /v3/content/widget-templates/{uuid}` (updateWidgetTemplate)."""
        return self._one(
            WidgetTemplateFull,
            "PUT",
            f"content/widget-templates/{segment(uuid)}",
            {},
            None,
            body=body,
            body_type=WidgetTemplatePutUpdate,
            envelope=True,
        )
