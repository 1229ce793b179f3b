# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `FormField` model."""

from __future__ import annotations

from ...._model import ApiModel


class FormField(ApiModel):
    """`FormField`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    value: str | None = None
    """May be null."""
