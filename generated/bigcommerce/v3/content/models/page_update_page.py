# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `PageUpdatePageModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PageUpdatePageModel(ApiModel):
    """`PageUpdatePageModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    channel_id: int | None = None
    """Default `1`."""
    name: str | None = None
    """From 1 to 100 characters."""
    is_visible: bool | None = None
    parent_id: int | None = None
    """Default `0`."""
    sort_order: int | None = None
    """Default `0`."""
    type: str | None = None
    """One of: `'page'`, `'raw'`, `'contact_form'`, `'link'`, `'blog'`."""
    body: str | None = None
    """May be null."""
    is_homepage: bool | None = None
    is_customers_only: bool | None = None
    email: str | None = None
    """At most 255 characters."""
    meta_title: str | None = None
    """May be null."""
    link: str | None = None
    contact_fields: str | None = None
    meta_keywords: str | None = None
    """May be null. Default `''`."""
    meta_description: str | None = None
    """May be null."""
    search_keywords: str | None = None
    """May be null."""
    url: str | None = None


@with_config(REQUEST_CONFIG)
class PageUpdatePage(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    channel_id: int
    """Default `1`."""
    name: str
    """From 1 to 100 characters."""
    is_visible: bool
    parent_id: int
    """Default `0`."""
    sort_order: int
    """Default `0`."""
    type: Literal["page", "raw", "contact_form", "link", "blog"]
    body: str | None
    is_homepage: bool
    is_customers_only: bool
    email: str
    """At most 255 characters."""
    meta_title: str | None
    link: str
    contact_fields: str
    meta_keywords: str | None
    """Default `''`."""
    meta_description: str | None
    search_keywords: str | None
    url: str
