# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreUnitsOfMeasurement` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.measurement_units_settings import (
    MeasurementUnitsSettings,
    MeasurementUnitsSettingsUpdate,
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

    _op_get: ClassVar[Operation[MeasurementUnitsSettings]] = Operation(
        method="GET",
        path="settings/store/units-of-measurement",
        version="v3",
        result="one",
        model=MeasurementUnitsSettings,
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
    ) -> MeasurementUnitsSettings:
        """`GET /v3/settings/store/units-of-measurement` (getSettingsMeasurementUnits).

        Returns one `MeasurementUnitsSettings`.

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

    _op_update: ClassVar[Operation[MeasurementUnitsSettings]] = Operation(
        method="PUT",
        path="settings/store/units-of-measurement",
        version="v3",
        result="one",
        model=MeasurementUnitsSettings,
        query_type=V3SettingsStoreUnitsOfMeasurementUpdateQuery,
        body_type=MeasurementUnitsSettingsUpdate,
        envelope=True,
        operation_id="updateSettingsMeasurementUnits",
    )

    def update(
        self,
        body: MeasurementUnitsSettingsUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStoreUnitsOfMeasurementUpdateQuery],
    ) -> MeasurementUnitsSettings:
        """`PUT /v3/settings/store/units-of-measurement` (updateSettingsMeasurementUnits).

        Returns one `MeasurementUnitsSettings`.

        Args:
            body: `MeasurementUnitsSettingsUpdate`, the request body.
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
