# Generated from spec/imported/v2/blog.yaml by codegen (`make generate`); do not edit.
"""The `BlogTagsItem` model."""

from __future__ import annotations

from ...._model import ApiModel


class BlogTagsItem(ApiModel):
    """`BlogTagsItem`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    tag: str | None = None
    post_ids: list[int] | None = None
