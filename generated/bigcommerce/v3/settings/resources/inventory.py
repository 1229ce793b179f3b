# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsInventory` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.inventory_update import InventoryUpdate, InventoryUpdateBody

if TYPE_CHECKING:
    from .inventory_notifications import V3SettingsInventoryNotifications


@with_config(REQUEST_CONFIG)
class V3SettingsInventoryGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsInventoryUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsInventory(NodeResource):
    """`api.settings.inventory` (v3): get, update."""

    @cached_property
    def notifications(self) -> V3SettingsInventoryNotifications:
        from .inventory_notifications import V3SettingsInventoryNotifications

        return V3SettingsInventoryNotifications(self._connection)

    _op_get: ClassVar[Operation[InventoryUpdate]] = Operation(
        method="GET",
        path="settings/inventory",
        version="v3",
        result="one",
        model=InventoryUpdate,
        query_type=V3SettingsInventoryGetQuery,
        envelope=True,
        operation_id="getSettingsInventory",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsInventoryGetQuery],
    ) -> InventoryUpdate:
        """`GET /v3/settings/inventory` (getSettingsInventory).

        Returns one `InventoryUpdate`.

        Args:
            query: the query parameters (`V3SettingsInventoryGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/inventory",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[InventoryUpdate]] = Operation(
        method="PUT",
        path="settings/inventory",
        version="v3",
        result="one",
        model=InventoryUpdate,
        query_type=V3SettingsInventoryUpdateQuery,
        body_type=InventoryUpdateBody,
        envelope=True,
        operation_id="updateSettingsInventory",
    )

    def update(
        self,
        body: InventoryUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsInventoryUpdateQuery],
    ) -> InventoryUpdate:
        """`PUT /v3/settings/inventory` (updateSettingsInventory).

        Returns one `InventoryUpdate`.

        Args:
            body: `InventoryUpdateBody`, the request body.
            query: the query parameters (`V3SettingsInventoryUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/inventory",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
