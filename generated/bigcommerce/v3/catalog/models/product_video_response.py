# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideoResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductVideoResponse(ApiModel):
    """`ProductVideoResponse`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.products.videos`: `all`, `get`.
    """

    title: str | None = None
    """At most 255 characters."""
    description: str | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    type: str | None = None
    """One of: `'youtube'`."""
    video_id: str | None = None
    id: int
    product_id: int | None = None
    length: str | None = None


@with_config(REQUEST_CONFIG)
class ProductVideoResponseCreate(TypedDict, total=False):
    """The fields to create a `ProductVideoResponse` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    title: str
    """At most 255 characters."""
    description: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    type: Literal["youtube"]
    video_id: str
    id: int
    product_id: int
    length: str


@with_config(REQUEST_CONFIG)
class ProductVideoResponseUpdate(TypedDict, total=False):
    """The fields to update a `ProductVideoResponse` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    title: str
    """At most 255 characters."""
    description: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    type: Literal["youtube"]
    video_id: str
    id: int
    product_id: int
    length: str
