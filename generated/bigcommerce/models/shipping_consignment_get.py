# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `ShippingConsignmentGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_fields import FormFields, FormFieldsCreate, FormFieldsUpdate
from .shipping_consignment_get_line_items_item import (
    ShippingConsignmentGetLineItemsItem,
    ShippingConsignmentGetLineItemsItemCreate,
    ShippingConsignmentGetLineItemsItemUpdate,
)
from .shipping_quotes_consignment_resource import ShippingQuotesConsignmentResource


class ShippingConsignmentGet(ApiModel):
    """`ShippingConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    street_1: str | None = None
    street_2: str | None = None
    city: str | None = None
    zip: str | None = None
    country: str | None = None
    country_iso2: str | None = None
    state: str | None = None
    email: str | None = None
    phone: str | None = None
    form_fields: list[FormFields] | None = None
    line_items: list[ShippingConsignmentGetLineItemsItem] | None = None
    items_total: float | None = None
    items_shipped: float | None = None
    shipping_method: str | None = None
    base_cost: float | None = None
    cost_ex_tax: float | None = None
    cost_inc_tax: float | None = None
    cost_tax: float | None = None
    cost_tax_class_id: int | None = None
    base_handling_cost: float | None = None
    handling_cost_ex_tax: float | None = None
    handling_cost_inc_tax: float | None = None
    handling_cost_tax: float | None = None
    handling_cost_tax_class_id: int | None = None
    shipping_zone_id: float | None = None
    shipping_zone_name: str | None = None
    shipping_quotes: ShippingQuotesConsignmentResource | None = None


@with_config(REQUEST_CONFIG)
class ShippingConsignmentGetCreate(TypedDict, total=False):
    """The fields to create a `ShippingConsignmentGet` with; unknown keys are refused."""

    id: int
    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    zip: str
    country: str
    country_iso2: str
    state: str
    email: str
    phone: str
    form_fields: list[FormFieldsCreate]
    line_items: list[ShippingConsignmentGetLineItemsItemCreate]
    items_total: float
    items_shipped: float
    shipping_method: str
    base_cost: float
    cost_ex_tax: float
    cost_inc_tax: float
    cost_tax: float
    cost_tax_class_id: int
    base_handling_cost: float
    handling_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_tax: float
    handling_cost_tax_class_id: int
    shipping_zone_id: float
    shipping_zone_name: str


@with_config(REQUEST_CONFIG)
class ShippingConsignmentGetUpdate(TypedDict, total=False):
    """The fields to update a `ShippingConsignmentGet` with; unknown keys are refused."""

    id: int
    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    zip: str
    country: str
    country_iso2: str
    state: str
    email: str
    phone: str
    form_fields: list[FormFieldsUpdate]
    line_items: list[ShippingConsignmentGetLineItemsItemUpdate]
    items_total: float
    items_shipped: float
    shipping_method: str
    base_cost: float
    cost_ex_tax: float
    cost_inc_tax: float
    cost_tax: float
    cost_tax_class_id: int
    base_handling_cost: float
    handling_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_tax: float
    handling_cost_tax_class_id: int
    shipping_zone_id: float
    shipping_zone_name: str
