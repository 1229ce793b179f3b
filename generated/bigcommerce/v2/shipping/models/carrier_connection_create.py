# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CarrierConnectionCreateModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CarrierConnectionCreateModel(ApiModel):
    """`CarrierConnectionCreateModel`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    carrier_id: str | None = None
    connection: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class CarrierConnectionCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    carrier_id: str
    connection: dict[str, Any]


@with_config(REQUEST_CONFIG)
class CarrierConnectionUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    carrier_id: str
    connection: dict[str, Any]
