# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateBrandRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_brand_request_custom_url import (
    CreateBrandRequestCustomUrl,
    CreateBrandRequestCustomUrlCreate,
)


class CreateBrandRequest(ApiModel):
    """`CreateBrandRequest`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    search_keywords: str | None = None
    image_url: str | None = None
    custom_url: CreateBrandRequestCustomUrl | None = None


@with_config(REQUEST_CONFIG)
class CreateBrandRequestCreate(TypedDict, total=False):
    """The fields to create a `CreateBrandRequest` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    page_title: str
    meta_keywords: list[str]
    meta_description: str
    search_keywords: str
    image_url: str
    custom_url: CreateBrandRequestCustomUrlCreate
