# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Adjuster` model."""

from __future__ import annotations

from ...._model import ApiModel


class Adjuster(ApiModel):
    """`Adjuster`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    adjuster: str | None = None
    """One of: `'relative'`, `'percentage'`. May be null."""
    adjuster_value: int | float | None = None
