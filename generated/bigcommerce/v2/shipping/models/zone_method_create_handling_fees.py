# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneMethodCreateHandlingFees` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneMethodCreateHandlingFees(ApiModel):
    """`ZoneMethodCreateHandlingFees`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    fixed_surcharge: int | float | None = None
    percentage_surcharge: int | float | None = None


@with_config(REQUEST_CONFIG)
class ZoneMethodCreateHandlingFeesCreate(TypedDict, total=False):
    """The fields to create a `ZoneMethodCreateHandlingFees` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    fixed_surcharge: int | float
    percentage_surcharge: int | float


@with_config(REQUEST_CONFIG)
class ZoneMethodCreateHandlingFeesUpdate(TypedDict, total=False):
    """The fields to update a `ZoneMethodCreateHandlingFees` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    fixed_surcharge: int | float
    percentage_surcharge: int | float
