# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentPageWidgets` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.page_widget import PageWidget
from ..models.page_widget_create import PageWidgetCreate


@with_config(REQUEST_CONFIG)
class V3ContentPageWidgetsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    """Default `1`."""
    entity_id: str
    template_file: str


class V3ContentPageWidgets(NodeResource):
    """`api.content.page_widgets` (v3): create, get."""

    _op_create: ClassVar[Operation[None]] = Operation(
        method="POST",
        path="content/page-widgets",
        version="v3",
        result="nothing",
        body_type=PageWidgetCreate,
        operation_id="createPageWidgets",
    )

    def create(
        self,
        body: PageWidgetCreate,
        /,
        *,
        x_correlation_id: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`POST /v3/content/page-widgets` (createPageWidgets).

        Returns None (the answer has no body).

        Args:
            body: `PageWidgetCreate`, the request body.
            x_correlation_id: `str`, sent as the `X-Correlation-Id` header; optional.
        """
        return self._call(
            self._op_create,
            "content/page-widgets",
            body=body,
            headers={"X-Correlation-Id": x_correlation_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[PageWidget]] = Operation(
        method="GET",
        path="content/page-widgets",
        version="v3",
        result="one",
        model=PageWidget,
        query_type=V3ContentPageWidgetsGetQuery,
        envelope=True,
        operation_id="getPageWidgets",
    )

    def get(
        self,
        *,
        x_correlation_id: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPageWidgetsGetQuery],
    ) -> PageWidget:
        """`GET /v3/content/page-widgets` (getPageWidgets).

        Returns one `PageWidget`.

        Args:
            x_correlation_id: `str`, sent as the `X-Correlation-Id` header; optional.
            query: the query parameters (`V3ContentPageWidgetsGetQuery`).
        """
        return self._call(
            self._op_get,
            "content/page-widgets",
            query=query,
            headers={"X-Correlation-Id": x_correlation_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
