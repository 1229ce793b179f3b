# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductImageData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductImageData(ApiModel):
    """`ProductImageData`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.products.images`: `all`, `get`.
    """

    is_thumbnail: bool | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    description: str | None = None
    date_modified: _dt.datetime | None = None
    id: int
    product_id: int | None = None
    image_url: str | None = None
    url_zoom: str | None = None
    """Read-only: set by the API, never sent."""
    url_standard: str | None = None
    """Read-only: set by the API, never sent."""
    url_thumbnail: str | None = None
    """Read-only: set by the API, never sent."""
    url_tiny: str | None = None
    """Read-only: set by the API, never sent."""


@with_config(REQUEST_CONFIG)
class ProductImageDataCreate(TypedDict, total=False):
    """The fields to create a `ProductImageData` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    date_modified: _dt.datetime | str
    id: int
    product_id: int
    image_url: str


@with_config(REQUEST_CONFIG)
class ProductImageDataUpdate(TypedDict, total=False):
    """The fields to update a `ProductImageData` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    date_modified: _dt.datetime | str
    id: int
    product_id: int
    image_url: str
