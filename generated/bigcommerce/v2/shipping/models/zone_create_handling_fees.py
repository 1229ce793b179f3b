# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateHandlingFees` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneCreateHandlingFees(ApiModel):
    """`ZoneCreateHandlingFees`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    fixed_surcharge: str | None = None
    display_separately: bool | None = None
    percentage_surcharge: str | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateHandlingFeesCreate(TypedDict, total=False):
    """The fields to create a `ZoneCreateHandlingFees` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    fixed_surcharge: str
    display_separately: bool
    percentage_surcharge: str


@with_config(REQUEST_CONFIG)
class ZoneCreateHandlingFeesUpdate(TypedDict, total=False):
    """The fields to update a `ZoneCreateHandlingFees` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    fixed_surcharge: str
    display_separately: bool
    percentage_surcharge: str
