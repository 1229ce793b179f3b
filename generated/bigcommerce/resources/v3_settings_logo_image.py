# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsLogoImage` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.create_settings_logo_image_request import CreateSettingsLogoImageRequestCreate


@with_config(REQUEST_CONFIG)
class V3SettingsLogoImageCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsLogoImage(NodeResource):
    """`api.settings.logo.image` (v3): create."""

    _version = "v3"

    def create(
        self,
        body: CreateSettingsLogoImageRequestCreate,
        /,
        **query: Unpack[V3SettingsLogoImageCreateQuery],
    ) -> None:
        """`POST /v3/settings/logo/image` (createSettingsLogoImage)."""
        return self._nothing(
            "POST",
            "settings/logo/image",
            query,
            V3SettingsLogoImageCreateQuery,
            body=body,
            body_type=CreateSettingsLogoImageRequestCreate,
            multipart=True,
        )
