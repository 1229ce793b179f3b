# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `RateUpdateManyItemClassRate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class RateUpdateManyItemClassRate(ApiModel):
    """`RateUpdateManyItemClassRate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    rate: int | float | None = None
    tax_class_id: int | None = None


@with_config(REQUEST_CONFIG)
class RateUpdateManyItemClassRateUpdate(TypedDict, total=False):
    """The fields to update a `RateUpdateManyItemClassRate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    rate: int | float
    tax_class_id: int
