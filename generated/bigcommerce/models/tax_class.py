# Generated from spec/v2/tax_classes.yaml by codegen (`make generate`); do not edit.
"""The `TaxClass` model."""

from __future__ import annotations

from .._model import ApiModel


class TaxClass(ApiModel):
    """`TaxClass`: an object of the v2 `TaxClasses` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: str
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    created_at: str | None = None
    """Read-only: set by the API, never sent."""
    updated_at: str | None = None
    """Read-only: set by the API, never sent."""
