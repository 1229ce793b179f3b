# Generated from spec/imported/v2/blog.yaml by codegen (`make generate`); do not edit.
"""The `V2BlogTags` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.blog_tags_item import BlogTagsItem


class V2BlogTags(NodeResource):
    """`api.v2.blog.tags` (v2): all."""

    _op_all: ClassVar[Operation[list[list[BlogTagsItem]]]] = Operation(
        method="GET",
        path="blog/tags",
        version="v2",
        result="value",
        model=list[list[BlogTagsItem]],
        operation_id="getBlogTags",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[list[BlogTagsItem]]:
        """`GET /v2/blog/tags` (getBlogTags).

        Returns `list[list[BlogTagsItem]]`.
        """
        return self._call(
            self._op_all,
            "blog/tags",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
