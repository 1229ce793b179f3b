# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Meta` model."""

from __future__ import annotations

from ...._model import ApiModel


class Meta(ApiModel):
    """`Meta`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    total: int | None = None
    success: int | None = None
    failed: int | None = None
