# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Currency` model."""

from __future__ import annotations

from ...._model import ApiModel


class Currency(ApiModel):
    """`Currency`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    code: str | None = None
    """Exactly 16 characters."""
