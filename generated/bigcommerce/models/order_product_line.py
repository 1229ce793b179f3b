# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductLine` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .order_product_line_option import (
    OrderProductLineOption,
    OrderProductLineOptionCreate,
    OrderProductLineOptionUpdate,
)


class OrderProductLine(ApiModel):
    """`OrderProductLine`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    product_id: int | None = None
    variant_id: int | None = None
    name: str | None = None
    name_customer: str | None = None
    name_merchant: str | None = None
    quantity: int | None = None
    """Required to create."""
    price_inc_tax: str | None = None
    price_ex_tax: str | None = None
    sku: str | None = None
    upc: str | None = None
    product_options: list[OrderProductLineOption] | None = None
    wrapping_id: int | None = None
    wrapping_name: str | None = None
    wrapping_message: str | None = None
    wrapping_cost_ex_tax: str | None = None
    wrapping_cost_inc_tax: str | None = None


@with_config(REQUEST_CONFIG)
class OrderProductLineCreate(TypedDict, total=False):
    """The fields to create a `OrderProductLine` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: int
    product_id: int
    variant_id: int
    name: str
    name_customer: str
    name_merchant: str
    quantity: Required[int]
    price_inc_tax: Decimal | float | int | str
    price_ex_tax: Decimal | float | int | str
    sku: str
    upc: str
    product_options: list[OrderProductLineOptionCreate]
    wrapping_id: int
    wrapping_name: str
    wrapping_message: str
    wrapping_cost_ex_tax: Decimal | float | int | str
    wrapping_cost_inc_tax: Decimal | float | int | str


@with_config(REQUEST_CONFIG)
class OrderProductLineUpdate(TypedDict, total=False):
    """The fields to update a `OrderProductLine` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    product_id: int
    variant_id: int
    name: str
    name_customer: str
    name_merchant: str
    quantity: int
    price_inc_tax: Decimal | float | int | str
    price_ex_tax: Decimal | float | int | str
    sku: str
    upc: str
    product_options: list[OrderProductLineOptionUpdate]
    wrapping_id: int
    wrapping_name: str
    wrapping_message: str
    wrapping_cost_ex_tax: Decimal | float | int | str
    wrapping_cost_inc_tax: Decimal | float | int | str
