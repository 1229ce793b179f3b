# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitation3` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_segment_id_limitation import (
    CustomerSegmentIdLimitation,
    CustomerSegmentIdLimitationCreate,
    CustomerSegmentIdLimitationUpdate,
)


class CustomerSegmentLimitation3(ApiModel):
    """`CustomerSegmentLimitation3`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentIdLimitation | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentIdLimitation] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentIdLimitation] | None = Field(default=None, alias="or")


CustomerSegmentLimitation3Create = TypedDict(
    "CustomerSegmentLimitation3Create",
    {
        "id": list[str],
        "not": CustomerSegmentIdLimitationCreate,
        "and": list[CustomerSegmentIdLimitationCreate],
        "or": list[CustomerSegmentIdLimitationCreate],
    },
    total=False,
)
"""The fields to create a `CustomerSegmentLimitation3` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitation3Create)


CustomerSegmentLimitation3Update = TypedDict(
    "CustomerSegmentLimitation3Update",
    {
        "id": list[str],
        "not": CustomerSegmentIdLimitationUpdate,
        "and": list[CustomerSegmentIdLimitationUpdate],
        "or": list[CustomerSegmentIdLimitationUpdate],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitation3` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitation3Update)
