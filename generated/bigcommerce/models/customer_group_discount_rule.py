# Generated from spec/v2/customer_groups.yaml by codegen (`make generate`); do not edit.
"""The `CustomerGroupDiscountRule` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerGroupDiscountRule(ApiModel):
    """`CustomerGroupDiscountRule`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """Required to create. One of: `'price_list'`, `'all'`, `'category'`, `'product'`."""
    method: str | None = None
    """One of: `'percent'`, `'fixed'`, `'price'`."""
    amount: str | None = None
    price_list_id: int | None = None
    category_id: int | None = None
    product_id: int | None = None


@with_config(REQUEST_CONFIG)
class CustomerGroupDiscountRuleCreate(TypedDict, total=False):
    """The fields to create a `CustomerGroupDiscountRule` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    type: Required[Literal["price_list", "all", "category", "product"]]
    method: Literal["percent", "fixed", "price"]
    amount: Decimal | float | int | str
    price_list_id: int
    category_id: int
    product_id: int


@with_config(REQUEST_CONFIG)
class CustomerGroupDiscountRuleUpdate(TypedDict, total=False):
    """The fields to update a `CustomerGroupDiscountRule` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["price_list", "all", "category", "product"]
    method: Literal["percent", "fixed", "price"]
    amount: Decimal | float | int | str
    price_list_id: int
    category_id: int
    product_id: int
