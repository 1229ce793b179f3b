# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitation` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_segment_limitation_and import (
    CustomerSegmentLimitationAnd,
    CustomerSegmentLimitationAndCreate,
    CustomerSegmentLimitationAndUpdate,
)


class CustomerSegmentLimitation(ApiModel):
    """`CustomerSegmentLimitation`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentLimitationAnd | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentLimitationAnd] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentLimitationAnd] | None = Field(default=None, alias="or")


CustomerSegmentLimitationCreate = TypedDict(
    "CustomerSegmentLimitationCreate",
    {
        "id": list[str],
        "not": CustomerSegmentLimitationAndCreate,
        "and": list[CustomerSegmentLimitationAndCreate],
        "or": list[CustomerSegmentLimitationAndCreate],
    },
    total=False,
)
"""The fields to create a `CustomerSegmentLimitation` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationCreate)


CustomerSegmentLimitationUpdate = TypedDict(
    "CustomerSegmentLimitationUpdate",
    {
        "id": list[str],
        "not": CustomerSegmentLimitationAndUpdate,
        "and": list[CustomerSegmentLimitationAndUpdate],
        "or": list[CustomerSegmentLimitationAndUpdate],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitation` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationUpdate)
