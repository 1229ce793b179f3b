# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Page` model."""

from __future__ import annotations

from ...._model import ApiModel


class Page(ApiModel):
    """`Page`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.content.pages`: `all`, `create`, `get`, `update`, `update_page`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    channel_id: int | None = None
    """Read-only: set by the API, never sent. Default `1`."""
    name: str | None = None
    """Required to create and update. From 1 to 100 characters."""
    is_visible: bool | None = None
    """Default `true`."""
    parent_id: int | None = None
    """Default `0`."""
    sort_order: int | None = None
    type: str | None = None
    """Required to create and update. One of: `'page'`, `'raw'`, `'contact_form'`, `'link'`,
    `'blog'`.
    """
    is_homepage: bool | None = None
    is_customers_only: bool | None = None
    url: str | None = None
    meta_title: str | None = None
    """May be null."""
    meta_keywords: str | None = None
    """May be null."""
    meta_description: str | None = None
    """May be null."""
    search_keywords: str | None = None
    """May be null."""
    email: str | None = None
    """At most 255 characters."""
    contact_fields: str | None = None
    body: str | None = None
    """May be null."""
    content_type: str | None = None
    link: str | None = None
