# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreUnitsOfMeasurement` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.measurement_units_settings import (
    MeasurementUnitsSettings,
    MeasurementUnitsSettingsUpdate,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStoreUnitsOfMeasurementGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStoreUnitsOfMeasurementUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStoreUnitsOfMeasurement(NodeResource):
    """`api.settings.store.units_of_measurement` (v3): get, update."""

    _version = "v3"

    def get(
        self, **query: Unpack[V3SettingsStoreUnitsOfMeasurementGetQuery]
    ) -> MeasurementUnitsSettings:
        """`GET /v3/settings/store/units-of-measurement` (getSettingsMeasurementUnits)."""
        return self._one(
            MeasurementUnitsSettings,
            "GET",
            "settings/store/units-of-measurement",
            query,
            V3SettingsStoreUnitsOfMeasurementGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: MeasurementUnitsSettingsUpdate,
        /,
        **query: Unpack[V3SettingsStoreUnitsOfMeasurementUpdateQuery],
    ) -> MeasurementUnitsSettings:
        """`PUT /v3/settings/store/units-of-measurement` (updateSettingsMeasurementUnits)."""
        return self._one(
            MeasurementUnitsSettings,
            "PUT",
            "settings/store/units-of-measurement",
            query,
            V3SettingsStoreUnitsOfMeasurementUpdateQuery,
            body=body,
            body_type=MeasurementUnitsSettingsUpdate,
            envelope=True,
        )
