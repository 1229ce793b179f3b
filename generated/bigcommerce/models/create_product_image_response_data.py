# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductImageResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateProductImageResponseData(ApiModel):
    """`CreateProductImageResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: int | None = None
    product_id: int | None = None
    url_zoom: str | None = None
    url_standard: str | None = None
    url_thumbnail: str | None = None
    url_tiny: str | None = None
    date_modified: _dt.datetime | None = None
    is_thumbnail: bool | None = None
    sort_order: int | None = None
    description: str | None = None
    image_url: str | None = None
    image_file: str | None = None


@with_config(REQUEST_CONFIG)
class CreateProductImageResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateProductImageResponseData` with; unknown keys are refused."""

    id: int
    product_id: int
    date_modified: _dt.datetime | str
    is_thumbnail: bool
    sort_order: int
    description: str
    image_url: str
    image_file: str


@with_config(REQUEST_CONFIG)
class CreateProductImageResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateProductImageResponseData` with; unknown keys are refused."""

    id: int
    product_id: int
    date_modified: _dt.datetime | str
    is_thumbnail: bool
    sort_order: int
    description: str
    image_url: str
    image_file: str
