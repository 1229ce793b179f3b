# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitationNot` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_segment_id_limitation import (
    CustomerSegmentIdLimitation,
    CustomerSegmentIdLimitationCreate,
    CustomerSegmentIdLimitationUpdate,
)


class CustomerSegmentLimitationNot(ApiModel):
    """`CustomerSegmentLimitationNot`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentIdLimitation | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentIdLimitation] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentIdLimitation] | None = Field(default=None, alias="or")


CustomerSegmentLimitationNotCreate = TypedDict(
    "CustomerSegmentLimitationNotCreate",
    {
        "id": list[str],
        "not": CustomerSegmentIdLimitationCreate,
        "and": list[CustomerSegmentIdLimitationCreate],
        "or": list[CustomerSegmentIdLimitationCreate],
    },
    total=False,
)
"""The fields to create a `CustomerSegmentLimitationNot` with; unknown keys are sent as given,
with an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationNotCreate)


CustomerSegmentLimitationNotUpdate = TypedDict(
    "CustomerSegmentLimitationNotUpdate",
    {
        "id": list[str],
        "not": CustomerSegmentIdLimitationUpdate,
        "and": list[CustomerSegmentIdLimitationUpdate],
        "or": list[CustomerSegmentIdLimitationUpdate],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitationNot` with; unknown keys are sent as given,
with an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationNotUpdate)
