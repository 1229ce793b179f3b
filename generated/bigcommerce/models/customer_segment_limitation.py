# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitation` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_segment_limitation2 import (
    CustomerSegmentLimitation2,
    CustomerSegmentLimitation2Create,
    CustomerSegmentLimitation2Update,
)


class CustomerSegmentLimitation(ApiModel):
    """`CustomerSegmentLimitation`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentLimitation2 | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentLimitation2] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentLimitation2] | None = Field(default=None, alias="or")


CustomerSegmentLimitationCreate = TypedDict(
    "CustomerSegmentLimitationCreate",
    {
        "id": list[str],
        "not": CustomerSegmentLimitation2Create,
        "and": list[CustomerSegmentLimitation2Create],
        "or": list[CustomerSegmentLimitation2Create],
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
        "not": CustomerSegmentLimitation2Update,
        "and": list[CustomerSegmentLimitation2Update],
        "or": list[CustomerSegmentLimitation2Update],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitation` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitationUpdate)
