# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `UpdateShippingZoneRequestHandlingFees` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateShippingZoneRequestHandlingFees(ApiModel):
    """`UpdateShippingZoneRequestHandlingFees`: an object of the v2 API. Every field is optional;
    unknown fields are kept.
    """

    fixed_surcharge: str | None = None
    display_separately: bool | None = None
    percentage_surcharge: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateShippingZoneRequestHandlingFeesUpdate(TypedDict, total=False):
    """The fields to update a `UpdateShippingZoneRequestHandlingFees` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    fixed_surcharge: str
    display_separately: bool
    percentage_surcharge: str
