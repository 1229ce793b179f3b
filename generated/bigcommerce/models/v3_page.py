# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3Page` model."""

from __future__ import annotations

from .._model import ApiModel


class V3Page(ApiModel):
    """`V3Page`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    channel_id: int | None = None
    name: str | None = None
    is_visible: bool | None = None
    parent_id: int | None = None
    sort_order: int | None = None
    type: str | None = None
    is_homepage: bool | None = None
    is_customers_only: bool | None = None
    url: str | None = None
    meta_title: str | None = None
    meta_keywords: str | None = None
    meta_description: str | None = None
    search_keywords: str | None = None
    email: str | None = None
    contact_fields: str | None = None
    body: str | None = None
    content_type: str | None = None
    link: str | None = None
