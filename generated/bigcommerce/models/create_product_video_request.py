# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductVideoRequest` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateProductVideoRequest(ApiModel):
    """`CreateProductVideoRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    title: str | None = None
    description: str | None = None
    sort_order: int | None = None
    type: str | None = None
    """One of: `'youtube'`."""
    video_id: str | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class CreateProductVideoRequestCreate(TypedDict, total=False):
    """The fields to create a `CreateProductVideoRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    title: str
    description: str
    sort_order: int
    type: Literal["youtube"]
    video_id: Required[str]
