# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateBrandRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_brand_request_custom_url import (
    UpdateBrandRequestCustomUrl,
    UpdateBrandRequestCustomUrlUpdate,
)


class UpdateBrandRequest(ApiModel):
    """`UpdateBrandRequest`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create and update."""
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    search_keywords: str | None = None
    image_url: str | None = None
    custom_url: UpdateBrandRequestCustomUrl | None = None


@with_config(REQUEST_CONFIG)
class UpdateBrandRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateBrandRequest` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    page_title: str
    meta_keywords: list[str]
    meta_description: str
    search_keywords: str
    image_url: str
    custom_url: UpdateBrandRequestCustomUrlUpdate
