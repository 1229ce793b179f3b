# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ParentRelation` model."""

from __future__ import annotations

from ...._model import ApiModel


class ParentRelation(ApiModel):
    """`ParentRelation`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    type: str | None = None
    """One of: `'variant_option'`, `'modifier'`."""
    product_id: int | None = None
    attribute_id: int | None = None
