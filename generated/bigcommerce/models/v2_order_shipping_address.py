# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrderShippingAddress` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_fields import FormFields, FormFieldsCreate, FormFieldsUpdate
from .shipping_quotes_resource import ShippingQuotesResource


class V2OrderShippingAddress(ApiModel):
    """`V2OrderShippingAddress`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    order_id: int | None = None
    items_total: float | None = None
    items_shipped: float | None = None
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
    shipping_zone_id: float | None = None
    shipping_zone_name: str | None = None
    form_fields: list[FormFields] | None = None
    shipping_quotes: ShippingQuotesResource | None = None
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


@with_config(REQUEST_CONFIG)
class V2OrderShippingAddressCreate(TypedDict, total=False):
    """The fields to create a `V2OrderShippingAddress` with; unknown keys are refused."""

    id: int
    order_id: int
    items_total: float
    items_shipped: float
    base_cost: str
    cost_ex_tax: str
    cost_inc_tax: str
    cost_tax: str
    cost_tax_class_id: int
    base_handling_cost: str
    handling_cost_ex_tax: str
    handling_cost_inc_tax: str
    handling_cost_tax: str
    handling_cost_tax_class_id: int
    shipping_zone_id: float
    shipping_zone_name: str
    form_fields: list[FormFieldsCreate]
    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    state: str
    zip: str
    country: str
    country_iso2: str
    phone: str
    email: str
    shipping_method: str


@with_config(REQUEST_CONFIG)
class V2OrderShippingAddressUpdate(TypedDict, total=False):
    """The fields to update a `V2OrderShippingAddress` with; unknown keys are refused."""

    id: int
    order_id: int
    items_total: float
    items_shipped: float
    base_cost: str
    cost_ex_tax: str
    cost_inc_tax: str
    cost_tax: str
    cost_tax_class_id: int
    base_handling_cost: str
    handling_cost_ex_tax: str
    handling_cost_inc_tax: str
    handling_cost_tax: str
    handling_cost_tax_class_id: int
    shipping_zone_id: float
    shipping_zone_name: str
    form_fields: list[FormFieldsUpdate]
    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    state: str
    zip: str
    country: str
    country_iso2: str
    phone: str
    email: str
    shipping_method: str
