# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductConfigurableField` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderProductConfigurableField(ApiModel):
    """`OrderProductConfigurableField`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Read-only: set by the API, never sent."""
    value: str | None = None
    """Read-only: set by the API, never sent."""
