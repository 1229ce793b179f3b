# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProduct` model."""

from __future__ import annotations

from .._model import ApiModel
from .order_product_applied_discount import OrderProductAppliedDiscount
from .order_product_configurable_field import OrderProductConfigurableField
from .order_product_option import OrderProductOption


class OrderProduct(ApiModel):
    """`OrderProduct`: an object of the v2 `OrderProducts` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    variant_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_pickup_method_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_address_id: int | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    name_customer: str | None = None
    """Read-only: set by the API, never sent."""
    name_merchant: str | None = None
    """Read-only: set by the API, never sent."""
    sku: str | None = None
    """Read-only: set by the API, never sent."""
    upc: str | None = None
    """Read-only: set by the API, never sent."""
    type: str | None = None
    """Read-only: set by the API, never sent. One of: `'physical'`, `'digital'`,
    `'giftcertificate'`.
    """
    base_price: str | None = None
    """Read-only: set by the API, never sent."""
    price_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    price_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    price_tax: str | None = None
    """Read-only: set by the API, never sent."""
    base_total: str | None = None
    """Read-only: set by the API, never sent."""
    total_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    total_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    total_tax: str | None = None
    """Read-only: set by the API, never sent."""
    discounted_total_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    quantity: int | None = None
    """Read-only: set by the API, never sent."""
    base_cost_price: str | None = None
    """Read-only: set by the API, never sent."""
    cost_price_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    cost_price_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    cost_price_tax: str | None = None
    """Read-only: set by the API, never sent."""
    weight: str | None = None
    """Read-only: set by the API, never sent."""
    width: str | None = None
    """Read-only: set by the API, never sent."""
    height: str | None = None
    """Read-only: set by the API, never sent."""
    depth: str | None = None
    """Read-only: set by the API, never sent."""
    is_refunded: bool | None = None
    """Read-only: set by the API, never sent."""
    quantity_refunded: int | None = None
    """Read-only: set by the API, never sent."""
    refund_amount: str | None = None
    """Read-only: set by the API, never sent."""
    return_id: int | None = None
    """Read-only: set by the API, never sent."""
    wrapping_id: int | None = None
    """Read-only: set by the API, never sent."""
    wrapping_name: str | None = None
    """Read-only: set by the API, never sent."""
    base_wrapping_cost: str | None = None
    """Read-only: set by the API, never sent."""
    wrapping_cost_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    wrapping_cost_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    wrapping_cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    wrapping_message: str | None = None
    """Read-only: set by the API, never sent."""
    quantity_shipped: int | None = None
    """Read-only: set by the API, never sent."""
    event_name: str | None = None
    """Read-only: set by the API, never sent."""
    event_date: str | None = None
    """Read-only: set by the API, never sent."""
    fixed_shipping_cost: str | None = None
    """Read-only: set by the API, never sent."""
    ebay_item_id: str | None = None
    """Read-only: set by the API, never sent."""
    ebay_transaction_id: str | None = None
    """Read-only: set by the API, never sent."""
    option_set_id: int | None = None
    """Read-only: set by the API, never sent."""
    parent_order_product_id: int | None = None
    """Read-only: set by the API, never sent."""
    is_bundled_product: bool | None = None
    """Read-only: set by the API, never sent."""
    bin_picking_number: str | None = None
    """Read-only: set by the API, never sent."""
    external_id: str | None = None
    """Read-only: set by the API, never sent."""
    brand: str | None = None
    """Read-only: set by the API, never sent."""
    gift_certificate_id: int | None = None
    """Read-only: set by the API, never sent."""
    applied_discounts: list[OrderProductAppliedDiscount] | None = None
    """Read-only: set by the API, never sent."""
    product_options: list[OrderProductOption] | None = None
    """Read-only: set by the API, never sent."""
    configurable_fields: list[OrderProductConfigurableField] | None = None
    """Read-only: set by the API, never sent."""
