# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutItemsPhysicalItemGiftWrapping` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutItemsPhysicalItemGiftWrapping(ApiModel):
    """`CheckoutItemsPhysicalItemGiftWrapping`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    message: str | None = None
    amount: int | float | None = None
    amount_as_integer: int | float | None = None
