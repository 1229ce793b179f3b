# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductImage` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductImage(ApiModel):
    """`ProductImage`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.images`: `all`, `create`, `get`, `update`.
    """

    id: int
    product_id: int | None = None
    url_zoom: str | None = None
    """Read-only: set by the API, never sent."""
    url_standard: str | None = None
    """Read-only: set by the API, never sent."""
    url_thumbnail: str | None = None
    """Read-only: set by the API, never sent."""
    url_tiny: str | None = None
    """Read-only: set by the API, never sent."""
    date_modified: _dt.datetime | None = None
    is_thumbnail: bool | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    description: str | None = None
    image_url: str | None = None
    image_file: str | None = None


@with_config(REQUEST_CONFIG)
class V3ProductImageCreate(TypedDict, total=False):
    """The fields to create a `ProductImage` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    product_id: int
    date_modified: _dt.datetime | str
    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    image_url: str
    image_file: str


@with_config(REQUEST_CONFIG)
class V3ProductImageUpdate(TypedDict, total=False):
    """The fields to update a `ProductImage` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    product_id: int
    date_modified: _dt.datetime | str
    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    image_url: str
    image_file: str
