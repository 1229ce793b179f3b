# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductImageCreateBody` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProductImageCreateBody(ApiModel):
    """`V3ProductImageCreateBody`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    product_id: int | None = None
    image_url: str | None = None
    """At most 255 characters."""
    is_thumbnail: bool | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    description: str | None = None
    date_modified: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ProductImageCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    product_id: int
    image_url: str
    """At most 255 characters."""
    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ProductImageUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    product_id: int
    image_url: str
    """At most 255 characters."""
    is_thumbnail: bool
    sort_order: int
    """From -2147483648 to 2147483647."""
    description: str
    date_modified: _dt.datetime | str
