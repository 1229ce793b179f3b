# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `SinglePageResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SinglePageResponseData(ApiModel):
    """`SinglePageResponseData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

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


@with_config(REQUEST_CONFIG)
class SinglePageResponseDataCreate(TypedDict, total=False):
    """The fields to create a `SinglePageResponseData` with; unknown keys are refused."""

    name: str
    is_visible: bool
    parent_id: int
    sort_order: int
    type: Literal["page", "raw", "contact_form", "link", "blog"]
    is_homepage: bool
    is_customers_only: bool
    url: str
    meta_title: str | None
    meta_keywords: str | None
    meta_description: str | None
    search_keywords: str | None
    email: str
    contact_fields: str
    body: str | None
    content_type: str
    link: str


@with_config(REQUEST_CONFIG)
class SinglePageResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `SinglePageResponseData` with; unknown keys are refused."""

    name: str
    is_visible: bool
    parent_id: int
    sort_order: int
    type: Literal["page", "raw", "contact_form", "link", "blog"]
    is_homepage: bool
    is_customers_only: bool
    url: str
    meta_title: str | None
    meta_keywords: str | None
    meta_description: str | None
    search_keywords: str | None
    email: str
    contact_fields: str
    body: str | None
    content_type: str
    link: str
