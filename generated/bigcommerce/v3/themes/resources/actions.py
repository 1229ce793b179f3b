# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesActions` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.not_found import NotFound
from ..models.job_id import JobId
from ..models.theme_action_activate import ThemeActionActivate
from ..models.theme_action_download import ThemeActionDownload


@with_config(REQUEST_CONFIG)
class V3ThemesActionsActivateQuery(TypedDict, total=False):
    """Query parameters of `activate`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3ThemesActions(NodeResource):
    """`api.themes.actions` (v3): activate, download."""

    _op_activate: ClassVar[Operation[NotFound]] = Operation(
        method="POST",
        path="themes/actions/activate",
        version="v3",
        result="one",
        model=NotFound,
        query_type=V3ThemesActionsActivateQuery,
        body_type=ThemeActionActivate,
        operation_id="activateStoreTheme",
    )

    def activate(
        self,
        body: ThemeActionActivate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ThemesActionsActivateQuery],
    ) -> NotFound:
        """`POST /v3/themes/actions/activate` (activateStoreTheme).

        Returns one `NotFound`.

        Args:
            body: `ThemeActionActivate`, the request body.
            query: the query parameters (`V3ThemesActionsActivateQuery`).
        """
        return self._call(
            self._op_activate,
            "themes/actions/activate",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_download: ClassVar[Operation[JobId]] = Operation(
        method="POST",
        path="themes/{uuid}/actions/download",
        version="v3",
        result="one",
        model=JobId,
        body_type=ThemeActionDownload,
        operation_id="downloadStoreTheme",
    )

    def download(
        self,
        uuid: str,
        body: ThemeActionDownload,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> JobId:
        """`POST /v3/themes/{uuid}/actions/download` (downloadStoreTheme).

        Returns one `JobId`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `ThemeActionDownload`, the request body.
        """
        return self._call(
            self._op_download,
            f"themes/{segment(uuid)}/actions/download",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
