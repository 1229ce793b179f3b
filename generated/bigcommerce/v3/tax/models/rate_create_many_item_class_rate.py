# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `RateCreateManyItemClassRate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class RateCreateManyItemClassRate(ApiModel):
    """`RateCreateManyItemClassRate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    rate: int | float | None = None
    """Required to create and update."""
    tax_class_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class RateCreateManyItemClassRateCreate(TypedDict, total=False):
    """The fields to create a `RateCreateManyItemClassRate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    rate: Required[int | float]
    tax_class_id: Required[int]
