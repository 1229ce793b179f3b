# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontRobotstxt` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.robots_txt_settings import RobotsTxtSettings, RobotsTxtSettingsUpdate


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontRobotstxtGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontRobotstxtUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStorefrontRobotstxt(NodeResource):
    """`api.settings.storefront.robotstxt` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsStorefrontRobotstxtGetQuery]) -> RobotsTxtSettings:
        """`GET /v3/settings/storefront/robotstxt` (getSettingsRobotsTxt)."""
        return self._one(
            RobotsTxtSettings,
            "GET",
            "settings/storefront/robotstxt",
            query,
            V3SettingsStorefrontRobotstxtGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: RobotsTxtSettingsUpdate,
        /,
        **query: Unpack[V3SettingsStorefrontRobotstxtUpdateQuery],
    ) -> RobotsTxtSettings:
        """`PUT /v3/settings/storefront/robotstxt` (updateSettingsRobotsTxt)."""
        return self._one(
            RobotsTxtSettings,
            "PUT",
            "settings/storefront/robotstxt",
            query,
            V3SettingsStorefrontRobotstxtUpdateQuery,
            body=body,
            body_type=RobotsTxtSettingsUpdate,
            envelope=True,
        )
