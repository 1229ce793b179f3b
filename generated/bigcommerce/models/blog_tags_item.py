# Generated from spec/imported/v2/blog.yaml by codegen (`make generate`); do not edit.
"""The `BlogTagsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class BlogTagsItem(ApiModel):
    """`BlogTagsItem`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    tag: str | None = None
    post_ids: list[int] | None = None


@with_config(REQUEST_CONFIG)
class BlogTagsItemCreate(TypedDict, total=False):
    """The fields to create a `BlogTagsItem` with; unknown keys are refused."""

    tag: str
    post_ids: list[int]


@with_config(REQUEST_CONFIG)
class BlogTagsItemUpdate(TypedDict, total=False):
    """The fields to update a `BlogTagsItem` with; unknown keys are refused."""

    tag: str
    post_ids: list[int]
