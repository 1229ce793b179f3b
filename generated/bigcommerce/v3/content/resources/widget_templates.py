# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentWidgetTemplates` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.widget_template import WidgetTemplate
from ..models.widget_template_create import WidgetTemplateCreate
from ..models.widget_template_preview import WidgetTemplatePreview
from ..models.widget_template_preview_response_data import WidgetTemplatePreviewResponseData
from ..models.widget_template_update import WidgetTemplateUpdate


@with_config(REQUEST_CONFIG)
class V3ContentWidgetTemplatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    page: int
    widget_template_kind: str


@with_config(REQUEST_CONFIG)
class V3ContentWidgetTemplatesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    version_uuid: str


class V3ContentWidgetTemplates(NodeResource):
    """`api.content.widget_templates` (v3): all, iterall, create, delete, get, preview, update."""

    _op_all: ClassVar[Operation[list[WidgetTemplate]]] = Operation(
        method="GET",
        path="content/widget-templates",
        version="v3",
        result="many",
        model=WidgetTemplate,
        query_type=V3ContentWidgetTemplatesAllQuery,
        envelope=True,
        operation_id="getWidgetTemplates",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentWidgetTemplatesAllQuery],
    ) -> list[WidgetTemplate]:
        """`GET /v3/content/widget-templates` (getWidgetTemplates).

        Returns one page of `WidgetTemplate` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ContentWidgetTemplatesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "content/widget-templates",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[WidgetTemplate]]] = Operation(
        method="GET",
        path="content/widget-templates",
        version="v3",
        result="pages",
        model=WidgetTemplate,
        query_type=V3ContentWidgetTemplatesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getWidgetTemplates",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentWidgetTemplatesAllQuery],
    ) -> Iterator[WidgetTemplate]:
        """`GET /v3/content/widget-templates` (getWidgetTemplates).

        Yields every `WidgetTemplate` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ContentWidgetTemplatesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "content/widget-templates",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[WidgetTemplate]] = Operation(
        method="POST",
        path="content/widget-templates",
        version="v3",
        result="one",
        model=WidgetTemplate,
        body_type=WidgetTemplateCreate,
        envelope=True,
        operation_id="createWidgetTemplate",
    )

    def create(
        self,
        body: WidgetTemplateCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WidgetTemplate:
        """`POST /v3/content/widget-templates` (createWidgetTemplate).

        Returns one `WidgetTemplate`.

        Args:
            body: `WidgetTemplateCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "content/widget-templates",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="content/widget-templates/{uuid}",
        version="v3",
        result="nothing",
        operation_id="deleteWidgetTemplate",
    )

    def delete(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/content/widget-templates/{uuid}` (deleteWidgetTemplate).

        Returns None (the answer has no body).

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_delete,
            f"content/widget-templates/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[WidgetTemplate]] = Operation(
        method="GET",
        path="content/widget-templates/{uuid}",
        version="v3",
        result="one",
        model=WidgetTemplate,
        query_type=V3ContentWidgetTemplatesGetQuery,
        envelope=True,
        operation_id="getWidgetTemplate",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentWidgetTemplatesGetQuery],
    ) -> WidgetTemplate:
        """`GET /v3/content/widget-templates/{uuid}` (getWidgetTemplate).

        Returns one `WidgetTemplate`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            query: the query parameters (`V3ContentWidgetTemplatesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"content/widget-templates/{segment(uuid)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_preview: ClassVar[Operation[WidgetTemplatePreviewResponseData]] = Operation(
        method="POST",
        path="content/widget-templates/{uuid}/preview",
        version="v3",
        result="one",
        model=WidgetTemplatePreviewResponseData,
        body_type=WidgetTemplatePreview,
        envelope=True,
        operation_id="previewWidget",
    )

    def preview(
        self,
        uuid: str,
        body: WidgetTemplatePreview,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WidgetTemplatePreviewResponseData:
        """`POST /v3/content/widget-templates/{uuid}/preview` (previewWidget).

        Returns one `WidgetTemplatePreviewResponseData`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `WidgetTemplatePreview`, the request body.
        """
        return self._call(
            self._op_preview,
            f"content/widget-templates/{segment(uuid)}/preview",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[WidgetTemplate]] = Operation(
        method="PUT",
        path="content/widget-templates/{uuid}",
        version="v3",
        result="one",
        model=WidgetTemplate,
        body_type=WidgetTemplateUpdate,
        envelope=True,
        operation_id="updateWidgetTemplate",
    )

    def update(
        self,
        uuid: str,
        body: WidgetTemplateUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> WidgetTemplate:
        """`PUT /v3/content/widget-templates/{uuid}` (updateWidgetTemplate).

        Returns one `WidgetTemplate`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `WidgetTemplateUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"content/widget-templates/{segment(uuid)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
