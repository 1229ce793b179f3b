# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderFeesResp` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderFeesResp(ApiModel):
    """`OrderFeesResp`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    type: str | None = None
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    source: str | None = None
    base_cost: Any | None = None
    cost_ex_tax: Any | None = None
    cost_inc_tax: Any | None = None
    cost_tax: Any | None = None
    tax_class_id: int | None = None


@with_config(REQUEST_CONFIG)
class OrderFeesRespCreate(TypedDict, total=False):
    """The fields to create a `OrderFeesResp` with; unknown keys are refused."""

    id: int
    type: Literal["custom_fee"]
    display_name_customer: str
    display_name_merchant: str
    source: str
    base_cost: Any
    cost_ex_tax: Any
    cost_inc_tax: Any
    cost_tax: Any
    tax_class_id: int | None


@with_config(REQUEST_CONFIG)
class OrderFeesRespUpdate(TypedDict, total=False):
    """The fields to update a `OrderFeesResp` with; unknown keys are refused."""

    id: int
    type: Literal["custom_fee"]
    display_name_customer: str
    display_name_merchant: str
    source: str
    base_cost: Any
    cost_ex_tax: Any
    cost_inc_tax: Any
    cost_tax: Any
    tax_class_id: int | None
