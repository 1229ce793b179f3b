# Generated from spec/v2/blog_posts.yaml by codegen (`make generate`); do not edit.
"""The `BlogPost` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._types import Rfc2822DateTime


class BlogPost(ApiModel):
    """`BlogPost`: an object of the v2 `BlogPosts` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    title: str | None = None
    url: str | None = None
    preview_url: str | None = None
    body: str | None = None
    tags: list[str] | None = None
    summary: str | None = None
    is_published: bool | None = None
    published_date: Any | None = None
    published_date_iso8601: str | None = None
    meta_description: str | None = None
    meta_keywords: str | None = None
    author: str | None = None
    thumbnail_path: str | None = None

    def update(self, **fields: Unpack[BlogPostUpdate]) -> BlogPost:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.blog_posts import BlogPosts

        return self._resource(BlogPosts).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.blog_posts import BlogPosts

        return self._resource(BlogPosts).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class BlogPostCreate(TypedDict, total=False):
    """The fields to create a `BlogPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    title: Required[str]
    url: str
    body: Required[str]
    tags: list[str]
    is_published: bool
    published_date: Rfc2822DateTime | str
    meta_description: str | None
    meta_keywords: str | None
    author: str | None
    thumbnail_path: str | None


@with_config(REQUEST_CONFIG)
class BlogPostUpdate(TypedDict, total=False):
    """The fields to update a `BlogPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    title: str
    url: str
    body: str
    tags: list[str]
    is_published: bool
    published_date: Rfc2822DateTime | str
    meta_description: str | None
    meta_keywords: str | None
    author: str | None
    thumbnail_path: str | None
