# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductPrimaryImage` model."""

from __future__ import annotations

from .._model import ApiModel


class ProductPrimaryImage(ApiModel):
    """`ProductPrimaryImage`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    zoom_url: str | None = None
    """Read-only: set by the API, never sent."""
    thumbnail_url: str | None = None
    """Read-only: set by the API, never sent."""
    standard_url: str | None = None
    """Read-only: set by the API, never sent."""
    tiny_url: str | None = None
    """Read-only: set by the API, never sent."""
