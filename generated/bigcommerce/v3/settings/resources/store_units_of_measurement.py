# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreUnitsOfMeasurement` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.store_units_of_measurement_update import (
    StoreUnitsOfMeasurementUpdate,
    StoreUnitsOfMeasurementUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStoreUnitsOfMeasurementGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStoreUnitsOfMeasurementUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStoreUnitsOfMeasurement(NodeResource):
    """`api.settings.store.units_of_measurement` (v3): get, update."""

    _op_get: ClassVar[Operation[StoreUnitsOfMeasurementUpdate]] = Operation(
        method="GET",
        path="settings/store/units-of-measurement",
        version="v3",
        result="one",
        model=StoreUnitsOfMeasurementUpdate,
        query_type=V3SettingsStoreUnitsOfMeasurementGetQuery,
        envelope=True,
        operation_id="getSettingsMeasurementUnits",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStoreUnitsOfMeasurementGetQuery],
    ) -> StoreUnitsOfMeasurementUpdate:
        """`GET /v3/settings/store/units-of-measurement` (getSettingsMeasurementUnits).

        Returns one `StoreUnitsOfMeasurementUpdate`.

        Args:
            query: the query parameters (`V3SettingsStoreUnitsOfMeasurementGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/store/units-of-measurement",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StoreUnitsOfMeasurementUpdate]] = Operation(
        method="PUT",
        path="settings/store/units-of-measurement",
        version="v3",
        result="one",
        model=StoreUnitsOfMeasurementUpdate,
        query_type=V3SettingsStoreUnitsOfMeasurementUpdateQuery,
        body_type=StoreUnitsOfMeasurementUpdateBody,
        envelope=True,
        operation_id="updateSettingsMeasurementUnits",
    )

    def update(
        self,
        body: StoreUnitsOfMeasurementUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStoreUnitsOfMeasurementUpdateQuery],
    ) -> StoreUnitsOfMeasurementUpdate:
        """`PUT /v3/settings/store/units-of-measurement` (updateSettingsMeasurementUnits).

        Returns one `StoreUnitsOfMeasurementUpdate`.

        Args:
            body: `StoreUnitsOfMeasurementUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStoreUnitsOfMeasurementUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/store/units-of-measurement",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
