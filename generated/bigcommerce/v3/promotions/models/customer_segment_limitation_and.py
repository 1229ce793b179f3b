# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitationAnd` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_segment_limitation_not import (
    CustomerSegmentLimitationNot,
    CustomerSegmentLimitationNotCreate,
    CustomerSegmentLimitationNotUpdate,
)


class CustomerSegmentLimitationAnd(ApiModel):
    """`CustomerSegmentLimitationAnd`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentLimitationNot | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentLimitationNot] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentLimitationNot] | None = Field(default=None, alias="or")


CustomerSegmentLimitationAndCreate = TypedDict(
    "CustomerSegmentLimitationAndCreate",
    {
        "id": list[str],
        "not": CustomerSegmentLimitationNotCreate,
        "and": list[CustomerSegmentLimitationNotCreate],
        "or": list[CustomerSegmentLimitationNotCreate],
    },
    total=False,
)
"""The fields to create a `CustomerSegmentLimitationAnd` with; unknown keys are sent as given,
with an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationAndCreate)


CustomerSegmentLimitationAndUpdate = TypedDict(
    "CustomerSegmentLimitationAndUpdate",
    {
        "id": list[str],
        "not": CustomerSegmentLimitationNotUpdate,
        "and": list[CustomerSegmentLimitationNotUpdate],
        "or": list[CustomerSegmentLimitationNotUpdate],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitationAnd` with; unknown keys are sent as given,
with an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationAndUpdate)
