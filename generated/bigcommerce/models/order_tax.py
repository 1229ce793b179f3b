# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderTax` model."""

from __future__ import annotations

from pydantic import Field

from .._model import ApiModel


class OrderTax(ApiModel):
    """`OrderTax`: an object of the v2 `OrderTaxes` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    order_id: int | None = None
    order_address_id: int | None = None
    order_pickup_method_id: int | None = None
    order_product_id: str | None = None
    tax_rate_id: int | None = None
    sales_tax_id: str | None = None
    tax_class_id: int | None = None
    name: str | None = None
    class_: str | None = Field(default=None, alias="class")
    rate: str | None = None
    priority: int | None = None
    priority_amount: str | None = None
    line_amount: str | None = None
    line_item_type: str | None = None
