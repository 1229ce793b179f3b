# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentLimitation2` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_segment_limitation3 import (
    CustomerSegmentLimitation3,
    CustomerSegmentLimitation3Create,
    CustomerSegmentLimitation3Update,
)


class CustomerSegmentLimitation2(ApiModel):
    """`CustomerSegmentLimitation2`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    not_: CustomerSegmentLimitation3 | None = Field(default=None, alias="not")
    and_: list[CustomerSegmentLimitation3] | None = Field(default=None, alias="and")
    or_: list[CustomerSegmentLimitation3] | None = Field(default=None, alias="or")


CustomerSegmentLimitation2Create = TypedDict(
    "CustomerSegmentLimitation2Create",
    {
        "id": list[str],
        "not": CustomerSegmentLimitation3Create,
        "and": list[CustomerSegmentLimitation3Create],
        "or": list[CustomerSegmentLimitation3Create],
    },
    total=False,
)
"""The fields to create a `CustomerSegmentLimitation2` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitation2Create)


CustomerSegmentLimitation2Update = TypedDict(
    "CustomerSegmentLimitation2Update",
    {
        "id": list[str],
        "not": CustomerSegmentLimitation3Update,
        "and": list[CustomerSegmentLimitation3Update],
        "or": list[CustomerSegmentLimitation3Update],
    },
    total=False,
)
"""The fields to update a `CustomerSegmentLimitation2` with; unknown keys are sent as given, with
an `UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(CustomerSegmentLimitation2Update)
