# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShippingAddress` model."""

from __future__ import annotations

from .._model import ApiModel
from .form_field import FormField
from .resource_link import ResourceLink


class OrderShippingAddress(ApiModel):
    """`OrderShippingAddress`: an object of the v2 `OrderShippingAddresses` resource. Every field
    but `id` is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
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
    form_fields: list[FormField] | None = None
    shipping_method: str | None = None
    items_total: int | None = None
    """Read-only: set by the API, never sent."""
    items_shipped: int | None = None
    """Read-only: set by the API, never sent."""
    base_cost: str | None = None
    """Read-only: set by the API, never sent."""
    cost_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    cost_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    cost_tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    base_handling_cost: str | None = None
    """Read-only: set by the API, never sent."""
    handling_cost_ex_tax: str | None = None
    """Read-only: set by the API, never sent."""
    handling_cost_inc_tax: str | None = None
    """Read-only: set by the API, never sent."""
    handling_cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    handling_cost_tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    shipping_zone_id: int | None = None
    """Read-only: set by the API, never sent."""
    shipping_zone_name: str | None = None
    """Read-only: set by the API, never sent."""
    shipping_quotes: ResourceLink | None = None
    """Read-only: set by the API, never sent."""
