# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentPageWidgets` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.get_page_snapshot_response_data import GetPageSnapshotResponseData
from ..models.publish import PublishCreate


@with_config(REQUEST_CONFIG)
class V3ContentPageWidgetsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int
    entity_id: str
    template_file: str


class V3ContentPageWidgets(NodeResource):
    """`api.content.page_widgets` (v3): create, get."""

    _version = "v3"

    def create(self, body: PublishCreate, /) -> None:
        """`POST /v3/content/page-widgets` (createPageWidgets)."""
        return self._nothing(
            "POST", "content/page-widgets", {}, None, body=body, body_type=PublishCreate
        )

    def get(self, **query: Unpack[V3ContentPageWidgetsGetQuery]) -> GetPageSnapshotResponseData:
        """`GET /v3/content/page-widgets` (getPageWidgets)."""
        return self._one(
            GetPageSnapshotResponseData,
            "GET",
            "content/page-widgets",
            query,
            V3ContentPageWidgetsGetQuery,
            envelope=True,
        )
