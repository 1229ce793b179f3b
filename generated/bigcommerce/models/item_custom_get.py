# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemCustomGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ItemCustomGet(ApiModel):
    """`ItemCustomGet`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    sku: str | None = None
    name: str | None = None
    quantity: str | None = None
    list_price: str | None = None
    extended_list_price: float | None = None
    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class ItemCustomGetCreate(TypedDict, total=False):
    """The fields to create a `ItemCustomGet` with; unknown keys are refused."""

    id: str
    sku: str
    name: str
    quantity: str
    list_price: str
    extended_list_price: float
    image_url: str


@with_config(REQUEST_CONFIG)
class ItemCustomGetUpdate(TypedDict, total=False):
    """The fields to update a `ItemCustomGet` with; unknown keys are refused."""

    id: str
    sku: str
    name: str
    quantity: str
    list_price: str
    extended_list_price: float
    image_url: str
