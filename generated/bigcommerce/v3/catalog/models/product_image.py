# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductImage` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ProductImage(ApiModel):
    """`ProductImage`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.images`: `create`, `update`.
    """

    id: int
    product_id: int | None = None
    url_zoom: str | None = None
    """Read-only: set by the API, never sent."""
    url_standard: str | None = None
    """Read-only: set by the API, never sent."""
    url_thumbnail: str | None = None
    """Read-only: set by the API, never sent."""
    url_tiny: str | None = None
    """Read-only: set by the API, never sent."""
    date_modified: _dt.datetime | None = None
    is_thumbnail: bool | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    description: str | None = None
    image_url: str | None = None
    image_file: str | None = None
