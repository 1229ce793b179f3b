# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingAddressUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .form_fields import FormFields, FormFieldsUpdate


class V2ShippingAddressUpdate(ApiModel):
    """`V2ShippingAddressUpdate`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

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
    form_fields: list[FormFields] | None = None


@with_config(REQUEST_CONFIG)
class ShippingAddressUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

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
    form_fields: list[FormFieldsUpdate]
