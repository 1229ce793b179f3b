# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StoreUnitsOfMeasurementUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StoreUnitsOfMeasurementUpdate(ApiModel):
    """`StoreUnitsOfMeasurementUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.store.units_of_measurement`: `get`, `update`.
    """

    weight_measurement: str | None = None
    """One of: `'LBS'`, `'Ounces'`, `'KGS'`, `'Grams'`, `'Tonnes'`."""
    length_measurement: str | None = None
    """One of: `'Inches'`, `'Centimeters'`."""
    decimal_token: str | None = None
    thousands_token: str | None = None
    decimal_places: int | None = None
    factoring_dimension: str | None = None
    """One of: `'depth'`, `'height'`, `'width'`."""


@with_config(REQUEST_CONFIG)
class StoreUnitsOfMeasurementUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    weight_measurement: Literal["LBS", "Ounces", "KGS", "Grams", "Tonnes"]
    length_measurement: Literal["Inches", "Centimeters"]
    decimal_token: str
    thousands_token: str
    decimal_places: int
    factoring_dimension: Literal["depth", "height", "width"]
