# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontRobotstxt` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_robotstxt_update import (
    StorefrontRobotstxtUpdate,
    StorefrontRobotstxtUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontRobotstxtGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontRobotstxtUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontRobotstxt(NodeResource):
    """`api.settings.storefront.robotstxt` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontRobotstxtUpdate]] = Operation(
        method="GET",
        path="settings/storefront/robotstxt",
        version="v3",
        result="one",
        model=StorefrontRobotstxtUpdate,
        query_type=V3SettingsStorefrontRobotstxtGetQuery,
        envelope=True,
        operation_id="getSettingsRobotsTxt",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontRobotstxtGetQuery],
    ) -> StorefrontRobotstxtUpdate:
        """`GET /v3/settings/storefront/robotstxt` (getSettingsRobotsTxt).

        Returns one `StorefrontRobotstxtUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontRobotstxtGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/robotstxt",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontRobotstxtUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/robotstxt",
        version="v3",
        result="one",
        model=StorefrontRobotstxtUpdate,
        query_type=V3SettingsStorefrontRobotstxtUpdateQuery,
        body_type=StorefrontRobotstxtUpdateBody,
        envelope=True,
        operation_id="updateSettingsRobotsTxt",
    )

    def update(
        self,
        body: StorefrontRobotstxtUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontRobotstxtUpdateQuery],
    ) -> StorefrontRobotstxtUpdate:
        """`PUT /v3/settings/storefront/robotstxt` (updateSettingsRobotsTxt).

        Returns one `StorefrontRobotstxtUpdate`.

        Args:
            body: `StorefrontRobotstxtUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontRobotstxtUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/robotstxt",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
