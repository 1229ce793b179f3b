# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderBillingAddress` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_field import FormField, FormFieldCreate, FormFieldUpdate


class OrderBillingAddress(ApiModel):
    """`OrderBillingAddress`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    street_1: str | None = None
    street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    """Required to create."""
    country: str | None = None
    country_iso2: str | None = None
    phone: str | None = None
    email: str | None = None
    form_fields: list[FormField] | None = None


@with_config(REQUEST_CONFIG)
class OrderBillingAddressCreate(TypedDict, total=False):
    """The fields to create a `OrderBillingAddress` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    state: str
    zip: Required[str]
    country: str
    country_iso2: str
    phone: str
    email: str
    form_fields: list[FormFieldCreate]


@with_config(REQUEST_CONFIG)
class OrderBillingAddressUpdate(TypedDict, total=False):
    """The fields to update a `OrderBillingAddress` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

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
    form_fields: list[FormFieldUpdate]
