# Generated from spec/imported/v2/blog.yaml by codegen (`make generate`); do not edit.
"""The `V2BlogTags` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.blog_tags_item import BlogTagsItem


class V2BlogTags(NodeResource):
    """`api.v2.blog.tags` (v2): all."""

    _version = "v2"

    def all(self) -> list[list[BlogTagsItem]]:
        """`GET /v2/blog/tags` (getBlogTags)."""
        return self._value(list[list[BlogTagsItem]], "GET", "blog/tags", {}, None)
