# Generated from spec/v2/shipping_methods.yaml by codegen (`make generate`); do not edit.
"""The `ShippingMethod` model."""

from __future__ import annotations

from .._model import ApiModel


class ShippingMethod(ApiModel):
    """`ShippingMethod`: an object of the v2 `ShippingMethods` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    method_name: str | None = None
    """Read-only: set by the API, never sent."""
