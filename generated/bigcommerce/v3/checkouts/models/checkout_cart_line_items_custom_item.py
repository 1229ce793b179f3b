# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsCustomItem` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutCartLineItemsCustomItem(ApiModel):
    """`CheckoutCartLineItemsCustomItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity: int | float | None = None
    """Required to create and update."""
    id: str | None = None
    extended_list_price: int | float | None = None
    list_price: int | float | None = None
    sku: str | None = None
    name: str | None = None
    image_url: str | None = None
