# Generated from spec/v2/tax_classes.yaml by codegen (`make generate`); do not edit.
"""The `TaxClass` model."""

from __future__ import annotations

from .._model import ApiModel


class TaxClass(ApiModel):
    """`TaxClass`: an object of the v2 `TaxClasses` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: str
    name: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
