# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateCustomItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartCreateCustomItem(ApiModel):
    """`CartCreateCustomItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    sku: str | None = None
    name: str | None = None
    """From 1 to 250 characters."""
    quantity: int | float | None = None
    list_price: int | float | None = None
    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreateCustomItemCreate(TypedDict, total=False):
    """The fields to create a `CartCreateCustomItem` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    sku: str
    name: str
    """From 1 to 250 characters."""
    quantity: int | float
    list_price: int | float
    image_url: str


@with_config(REQUEST_CONFIG)
class CartCreateCustomItemUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateCustomItem` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    sku: str
    name: str
    """From 1 to 250 characters."""
    quantity: int | float
    list_price: int | float
    image_url: str
