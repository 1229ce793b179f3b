# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `DigitalConsignmentLineItem` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from .form_field import FormField
from .order_product_applied_discounts import OrderProductAppliedDiscounts
from .order_product_options import OrderProductOptions


class DigitalConsignmentLineItem(ApiModel):
    """`DigitalConsignmentLineItem`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    url: str | None = None
    """Read-only: set by the API, never sent."""
    resource: str | None = None
    """Read-only: set by the API, never sent."""
    id: int
    order_id: int | None = None
    product_id: int | None = None
    order_pickup_method_id: int | None = None
    order_address_id: int | None = None
    name: str | None = None
    """At least 1 character."""
    sku: str | None = None
    type: str | None = None
    """One of: `'physical'`, `'digital'`, `'giftcertificate'`."""
    base_price: str | None = None
    price_ex_tax: str | None = None
    price_inc_tax: str | None = None
    price_tax: str | None = None
    base_total: str | None = None
    total_ex_tax: str | None = None
    total_inc_tax: str | None = None
    total_tax: str | None = None
    quantity: int | None = None
    base_cost_price: str | None = None
    cost_price_inc_tax: str | None = None
    cost_price_ex_tax: str | None = None
    weight: Any | None = None
    width: str | None = None
    height: str | None = None
    depth: str | None = None
    cost_price_tax: str | None = None
    is_refunded: bool | None = None
    quantity_refunded: int | float | None = None
    refund_amount: str | None = None
    """Deprecated."""
    return_id: int | float | None = None
    wrapping_id: int | None = None
    wrapping_name: str | None = None
    """May be null."""
    base_wrapping_cost: Any | None = None
    wrapping_cost_ex_tax: str | None = None
    wrapping_cost_inc_tax: str | None = None
    wrapping_cost_tax: str | None = None
    wrapping_message: str | None = None
    quantity_shipped: int | float | None = None
    event_name: str | None = None
    """May be null."""
    event_date: str | None = None
    """May be null."""
    fixed_shipping_cost: str | None = None
    ebay_item_id: str | None = None
    ebay_transaction_id: str | None = None
    option_set_id: int | None = None
    """May be null."""
    parent_order_product_id: int | None = None
    """May be null."""
    is_bundled_product: bool | None = None
    bin_picking_number: str | None = None
    external_id: str | None = None
    """Read-only: set by the API, never sent. May be null."""
    brand: str | None = None
    applied_discounts: list[OrderProductAppliedDiscounts] | None = None
    product_options: list[OrderProductOptions] | None = None
    configurable_fields: list[FormField] | None = None
    upc: str | None = None
    """At most 255 characters."""
    variant_id: int | None = None
    name_customer: str | None = None
    name_merchant: str | None = None
    gift_certificate_id: int | None = None
    """May be null."""
    discounted_total_inc_tax: str | None = None
