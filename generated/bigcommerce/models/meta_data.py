# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `MetaData` model."""

from __future__ import annotations

from .._model import ApiModel


class MetaData(ApiModel):
    """`MetaData`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    total: int | None = None
    success: int | None = None
    failed: int | None = None
