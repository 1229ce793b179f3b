# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductOptions` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderProductOptions(ApiModel):
    """`OrderProductOptions`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    option_id: int | None = None
    order_product_id: int | None = None
    product_option_id: int | None = None
    display_name: str | None = None
    display_value: str | None = None
    value: str | None = None
    type: str | None = None
    name: str | None = None
    display_style: str | None = None
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    display_value_customer: str | None = None
    display_value_merchant: str | None = None


@with_config(REQUEST_CONFIG)
class OrderProductOptionsCreate(TypedDict, total=False):
    """The fields to create a `OrderProductOptions` with; unknown keys are refused."""

    id: int
    option_id: int
    order_product_id: int
    product_option_id: int
    display_name: str
    display_value: str
    value: str
    type: Literal[
        "Checkbox",
        "Date field",
        "File Upload",
        "Multi-line text field",
        "Multiple choice",
        "Product Pick List",
        "Swatch",
        "Text field",
    ]
    name: str
    display_style: str
    display_name_customer: str
    display_name_merchant: str
    display_value_customer: str
    display_value_merchant: str


@with_config(REQUEST_CONFIG)
class OrderProductOptionsUpdate(TypedDict, total=False):
    """The fields to update a `OrderProductOptions` with; unknown keys are refused."""

    id: int
    option_id: int
    order_product_id: int
    product_option_id: int
    display_name: str
    display_value: str
    value: str
    type: Literal[
        "Checkbox",
        "Date field",
        "File Upload",
        "Multi-line text field",
        "Multiple choice",
        "Product Pick List",
        "Swatch",
        "Text field",
    ]
    name: str
    display_style: str
    display_name_customer: str
    display_name_merchant: str
    display_value_customer: str
    display_value_merchant: str
