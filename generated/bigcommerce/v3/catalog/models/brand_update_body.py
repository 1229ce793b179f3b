# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3BrandUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .brand_create_custom_url import BrandCreateCustomUrl, BrandCreateCustomUrlUpdate


class V3BrandUpdateBody(ApiModel):
    """`V3BrandUpdateBody`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    page_title: str | None = None
    """At most 255 characters."""
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    """At most 65535 characters."""
    search_keywords: str | None = None
    """At most 65535 characters."""
    image_url: str | None = None
    custom_url: BrandCreateCustomUrl | None = None


@with_config(REQUEST_CONFIG)
class BrandUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    """From 1 to 255 characters."""
    page_title: str
    """At most 255 characters."""
    meta_keywords: list[str]
    meta_description: str
    """At most 65535 characters."""
    search_keywords: str
    """At most 65535 characters."""
    image_url: str
    custom_url: BrandCreateCustomUrlUpdate
