# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesActions` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.activate import ActivateCreate
from ..models.job_id import JobId
from ..models.no_content import NoContent
from ..models.which_theme_to_download import WhichThemeToDownloadCreate


@with_config(REQUEST_CONFIG)
class V3ThemesActionsActivateQuery(TypedDict, total=False):
    """Query parameters of `activate`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3ThemesActions(NodeResource):
    """`api.themes.actions` (v3): activate, download."""

    _version = "v3"

    def activate(
        self, body: ActivateCreate, /, **query: Unpack[V3ThemesActionsActivateQuery]
    ) -> NoContent:
        """`POST /v3/themes/actions/activate` (activateStoreTheme)."""
        return self._one(
            NoContent,
            "POST",
            "themes/actions/activate",
            query,
            V3ThemesActionsActivateQuery,
            body=body,
            body_type=ActivateCreate,
        )

    def download(self, uuid: str, body: WhichThemeToDownloadCreate, /) -> JobId:
        """`POST /v3/themes/{uuid}/actions/download` (downloadStoreTheme)."""
        return self._one(
            JobId,
            "POST",
            f"themes/{segment(uuid)}/actions/download",
            {},
            None,
            body=body,
            body_type=WhichThemeToDownloadCreate,
        )
