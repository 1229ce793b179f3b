# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideo` model."""

from __future__ import annotations

from ...._model import ApiModel


class ProductVideo(ApiModel):
    """`ProductVideo`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.videos`: `create`, `update`.
    """

    title: str | None = None
    """At most 255 characters."""
    description: str | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    type: str | None = None
    """One of: `'youtube'`."""
    id: int
    video_id: str | None = None
    product_id: int | None = None
    length: str | None = None
