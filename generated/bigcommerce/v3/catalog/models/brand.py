# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Brand` model."""

from __future__ import annotations

from ...._model import ApiModel
from .url import Url


class Brand(ApiModel):
    """`Brand`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.catalog.brands`: `all`, `create`, `get`, `update`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """From 1 to 255 characters."""
    page_title: str | None = None
    """At most 255 characters."""
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    """At most 65535 characters."""
    search_keywords: str | None = None
    """At most 255 characters."""
    image_url: str | None = None
    custom_url: Url | None = None
