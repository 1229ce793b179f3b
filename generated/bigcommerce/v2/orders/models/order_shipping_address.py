# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShippingAddress` model."""

from __future__ import annotations

from ...._model import ApiModel
from .coupons_resource import CouponsResource
from .form_fields import FormFields


class OrderShippingAddress(ApiModel):
    """`OrderShippingAddress`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.v2.orders.shipping_addresses`: `update`.
    """

    id: int
    order_id: int | None = None
    items_total: int | float | None = None
    items_shipped: int | float | None = None
    base_cost: str | None = None
    cost_ex_tax: str | None = None
    cost_inc_tax: str | None = None
    cost_tax: str | None = None
    cost_tax_class_id: int | None = None
    base_handling_cost: str | None = None
    handling_cost_ex_tax: str | None = None
    handling_cost_inc_tax: str | None = None
    handling_cost_tax: str | None = None
    handling_cost_tax_class_id: int | None = None
    shipping_zone_id: int | float | None = None
    shipping_zone_name: str | None = None
    form_fields: list[FormFields] | None = None
    shipping_quotes: CouponsResource | None = None
    """Read-only: set by the API, never sent."""
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    street_1: str | None = None
    street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    country_iso2: str | None = None
    phone: str | None = None
    email: str | None = None
    shipping_method: str | None = None
