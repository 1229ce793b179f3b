# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideo` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductVideo(ApiModel):
    """`ProductVideo`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.videos`: `all`, `create`, `get`, `update`.
    """

    title: str | None = None
    """At most 255 characters."""
    description: str | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    type: str | None = None
    """One of: `'youtube'`."""
    id: int
    video_id: str | None = None
    product_id: int | None = None
    length: str | None = None


@with_config(REQUEST_CONFIG)
class V3ProductVideoCreate(TypedDict, total=False):
    """The fields to create a `ProductVideo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    title: str
    """At most 255 characters."""
    description: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    type: Literal["youtube"]
    id: int
    video_id: str
    product_id: int
    length: str


@with_config(REQUEST_CONFIG)
class V3ProductVideoUpdate(TypedDict, total=False):
    """The fields to update a `ProductVideo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    title: str
    """At most 255 characters."""
    description: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    type: Literal["youtube"]
    id: int
    video_id: str
    product_id: int
    length: str
