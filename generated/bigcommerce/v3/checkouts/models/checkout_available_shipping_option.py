# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutAvailableShippingOption` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutAvailableShippingOption(ApiModel):
    """`CheckoutAvailableShippingOption`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    description: str | None = None
    id: str | None = None
    type: str | None = None
    image_url: str | None = None
    cost: int | float | None = None
    transit_time: str | None = None
    additional_description: str | None = None
    """Read-only: set by the API, never sent."""
