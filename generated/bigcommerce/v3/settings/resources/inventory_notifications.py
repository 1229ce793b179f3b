# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsInventoryNotifications` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.inventory_notification_update import (
    InventoryNotificationUpdate,
    InventoryNotificationUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3SettingsInventoryNotificationsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsInventoryNotificationsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsInventoryNotifications(NodeResource):
    """`api.settings.inventory.notifications` (v3): get, update."""

    _op_get: ClassVar[Operation[InventoryNotificationUpdate]] = Operation(
        method="GET",
        path="settings/inventory/notifications",
        version="v3",
        result="one",
        model=InventoryNotificationUpdate,
        query_type=V3SettingsInventoryNotificationsGetQuery,
        envelope=True,
        operation_id="getSettingsInventoryNotifications",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsInventoryNotificationsGetQuery],
    ) -> InventoryNotificationUpdate:
        """`GET /v3/settings/inventory/notifications` (getSettingsInventoryNotifications).

        Returns one `InventoryNotificationUpdate`.

        Args:
            query: the query parameters (`V3SettingsInventoryNotificationsGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/inventory/notifications",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[None]] = Operation(
        method="PUT",
        path="settings/inventory/notifications",
        version="v3",
        result="nothing",
        query_type=V3SettingsInventoryNotificationsUpdateQuery,
        body_type=InventoryNotificationUpdateBody,
        operation_id="updateSettingsInventoryNotifications",
    )

    def update(
        self,
        body: InventoryNotificationUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsInventoryNotificationsUpdateQuery],
    ) -> None:
        """`PUT /v3/settings/inventory/notifications` (updateSettingsInventoryNotifications).

        Returns None (the answer has no body).

        Args:
            body: `InventoryNotificationUpdateBody`, the request body.
            query: the query parameters (`V3SettingsInventoryNotificationsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/inventory/notifications",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
