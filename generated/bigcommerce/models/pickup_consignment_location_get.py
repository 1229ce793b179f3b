# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentLocationGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PickupConsignmentLocationGet(ApiModel):
    """`PickupConsignmentLocationGet`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    code: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country_alpha2: str | None = None
    email: str | None = None
    phone: str | None = None


@with_config(REQUEST_CONFIG)
class PickupConsignmentLocationGetCreate(TypedDict, total=False):
    """The fields to create a `PickupConsignmentLocationGet` with; unknown keys are refused."""

    id: int
    name: str
    code: str
    address_line_1: str
    address_line_2: str
    city: str
    state: str
    postal_code: str
    country_alpha2: str
    email: str
    phone: str


@with_config(REQUEST_CONFIG)
class PickupConsignmentLocationGetUpdate(TypedDict, total=False):
    """The fields to update a `PickupConsignmentLocationGet` with; unknown keys are refused."""

    id: int
    name: str
    code: str
    address_line_1: str
    address_line_2: str
    city: str
    state: str
    postal_code: str
    country_alpha2: str
    email: str
    phone: str
