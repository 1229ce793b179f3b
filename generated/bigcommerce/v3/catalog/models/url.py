# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Url` model."""

from __future__ import annotations

from ...._model import ApiModel


class Url(ApiModel):
    """`Url`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    url: str | None = None
    """From 1 to 1024 characters."""
    is_customized: bool | None = None
