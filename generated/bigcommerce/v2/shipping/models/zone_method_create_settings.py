# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneMethodCreateSettings` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneMethodCreateSettings(ApiModel):
    """`ZoneMethodCreateSettings`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    rate: int | float | None = None


@with_config(REQUEST_CONFIG)
class ZoneMethodCreateSettingsCreate(TypedDict, total=False):
    """The fields to create a `ZoneMethodCreateSettings` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    rate: int | float


@with_config(REQUEST_CONFIG)
class ZoneMethodCreateSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ZoneMethodCreateSettings` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    rate: int | float
