# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsLogo` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.logo_settings import LogoSettings
from ..models.logo_settings_update2 import LogoSettingsUpdate2Update

if TYPE_CHECKING:
    from .v3_settings_logo_image import V3SettingsLogoImage


@with_config(REQUEST_CONFIG)
class V3SettingsLogoGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsLogoUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsLogo(NodeResource):
    """`api.settings.logo` (v3): get, update."""

    _version = "v3"

    @cached_property
    def image(self) -> V3SettingsLogoImage:
        from .v3_settings_logo_image import V3SettingsLogoImage

        return V3SettingsLogoImage(self._connection)

    def get(self, **query: Unpack[V3SettingsLogoGetQuery]) -> LogoSettings:
        """`GET /v3/settings/logo` (getSettingsLogo)."""
        return self._one(
            LogoSettings, "GET", "settings/logo", query, V3SettingsLogoGetQuery, envelope=True
        )

    def update(
        self, body: LogoSettingsUpdate2Update, /, **query: Unpack[V3SettingsLogoUpdateQuery]
    ) -> LogoSettings:
        """`PUT /v3/settings/logo` (updateSettingsLogo)."""
        return self._one(
            LogoSettings,
            "PUT",
            "settings/logo",
            query,
            V3SettingsLogoUpdateQuery,
            body=body,
            body_type=LogoSettingsUpdate2Update,
            envelope=True,
        )
