# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductReview` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ProductReview(ApiModel):
    """`ProductReview`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.reviews`: `all`, `create`, `get`, `update`.
    """

    title: str | None = None
    """Required to create and update. At most 255 characters."""
    text: str | None = None
    status: str | None = None
    rating: int | None = None
    email: str | None = None
    name: str | None = None
    """At most 255 characters."""
    date_reviewed: _dt.datetime | None = None
    """Required to create and update."""
    id: int
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
