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
    order_id: int | None = None
    product_id: int | None = None
    variant_id: int | None = None
    order_pickup_method_id: int | None = None
    order_address_id: int | None = None
    name: str | None = None
    name_customer: str | None = None
    name_merchant: str | None = None
    sku: str | None = None
    upc: str | None = None
    type: str | None = None
    base_price: str | None = None
    price_ex_tax: str | None = None
    price_inc_tax: str | None = None
    price_tax: str | None = None
    base_total: str | None = None
    total_ex_tax: str | None = None
    total_inc_tax: str | None = None
    total_tax: str | None = None
    discounted_total_inc_tax: str | None = None
    quantity: int | None = None
    base_cost_price: str | None = None
    cost_price_inc_tax: str | None = None
    cost_price_ex_tax: str | None = None
    cost_price_tax: str | None = None
    weight: str | None = None
    width: str | None = None
    height: str | None = None
    depth: str | None = None
    is_refunded: bool | None = None
    quantity_refunded: int | None = None
    refund_amount: str | None = None
    return_id: int | None = None
    wrapping_id: int | None = None
    wrapping_name: str | None = None
    base_wrapping_cost: str | None = None
    wrapping_cost_ex_tax: str | None = None
    wrapping_cost_inc_tax: str | None = None
    wrapping_cost_tax: str | None = None
    wrapping_message: str | None = None
    quantity_shipped: int | None = None
    event_name: str | None = None
    event_date: str | None = None
    fixed_shipping_cost: str | None = None
    ebay_item_id: str | None = None
    ebay_transaction_id: str | None = None
    option_set_id: int | None = None
    parent_order_product_id: int | None = None
    is_bundled_product: bool | None = None
    bin_picking_number: str | None = None
    external_id: str | None = None
    brand: str | None = None
    gift_certificate_id: int | None = None
    applied_discounts: list[OrderProductAppliedDiscount] | None = None
    product_options: list[OrderProductOption] | None = None
    configurable_fields: list[OrderProductConfigurableField] | None = None
