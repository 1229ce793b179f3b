# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateBrandResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_brand_response_data_custom_url import (
    CreateBrandResponseDataCustomUrl,
    CreateBrandResponseDataCustomUrlCreate,
    CreateBrandResponseDataCustomUrlUpdate,
)


class CreateBrandResponseData(ApiModel):
    """`CreateBrandResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    search_keywords: str | None = None
    image_url: str | None = None
    custom_url: CreateBrandResponseDataCustomUrl | None = None


@with_config(REQUEST_CONFIG)
class CreateBrandResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateBrandResponseData` with; unknown keys are refused."""

    name: str
    page_title: str
    meta_keywords: list[str]
    meta_description: str
    search_keywords: str
    image_url: str
    custom_url: CreateBrandResponseDataCustomUrlCreate


@with_config(REQUEST_CONFIG)
class CreateBrandResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateBrandResponseData` with; unknown keys are refused."""

    name: str
    page_title: str
    meta_keywords: list[str]
    meta_description: str
    search_keywords: str
    image_url: str
    custom_url: CreateBrandResponseDataCustomUrlUpdate
