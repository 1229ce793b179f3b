# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsFaviconImage` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.create_settings_favicon_image_request import CreateSettingsFaviconImageRequestCreate


@with_config(REQUEST_CONFIG)
class V3SettingsFaviconImageCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsFaviconImage(NodeResource):
    """`api.settings.favicon.image` (v3): create."""

    _version = "v3"

    def create(
        self,
        body: CreateSettingsFaviconImageRequestCreate,
        /,
        **query: Unpack[V3SettingsFaviconImageCreateQuery],
    ) -> None:
        """`POST /v3/settings/favicon/image` (createSettingsFaviconImage)."""
        return self._nothing(
            "POST",
            "settings/favicon/image",
            query,
            V3SettingsFaviconImageCreateQuery,
            body=body,
            body_type=CreateSettingsFaviconImageRequestCreate,
            multipart=True,
        )
