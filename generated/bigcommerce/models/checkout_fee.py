# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutFee` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutFee(ApiModel):
    """`CheckoutFee`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    type: str | None = None
    name: str | None = None
    display_name: str | None = None
    cost_inc_tax: float | None = None
    cost_ex_tax: float | None = None
    source: str | None = None
    tax_class_id: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutFeeCreate(TypedDict, total=False):
    """The fields to create a `CheckoutFee` with; unknown keys are refused."""

    id: str
    type: Literal["custom_fee"]
    name: str
    display_name: str
    cost_inc_tax: float
    cost_ex_tax: float
    source: str
    tax_class_id: int | None


@with_config(REQUEST_CONFIG)
class CheckoutFeeUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutFee` with; unknown keys are refused."""

    id: str
    type: Literal["custom_fee"]
    name: str
    display_name: str
    cost_inc_tax: float
    cost_ex_tax: float
    source: str
    tax_class_id: int | None
