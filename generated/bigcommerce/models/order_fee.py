# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderFee` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderFee(ApiModel):
    """`OrderFee`: an object of the v2 API. Every field but `id` is optional; unknown fields are
    kept.
    """

    id: int
    type: str | None = None
    """One of: `'custom_fee'`."""
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    source: str | None = None
    base_cost: str | None = None
    """Read-only: set by the API, never sent."""
    cost_ex_tax: str | None = None
    cost_inc_tax: str | None = None
    cost_tax: str | None = None
    tax_class_id: int | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class OrderFeeCreate(TypedDict, total=False):
    """The fields to create a `OrderFee` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    type: Literal["custom_fee"]
    display_name_customer: str
    display_name_merchant: str
    source: str
    cost_ex_tax: Decimal | float | int | str
    cost_inc_tax: Decimal | float | int | str
    cost_tax: Decimal | float | int | str
    tax_class_id: int | None


@with_config(REQUEST_CONFIG)
class OrderFeeUpdate(TypedDict, total=False):
    """The fields to update a `OrderFee` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    type: Literal["custom_fee"]
    display_name_customer: str
    display_name_merchant: str
    source: str
    cost_ex_tax: Decimal | float | int | str
    cost_inc_tax: Decimal | float | int | str
    cost_tax: Decimal | float | int | str
    tax_class_id: int | None
