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
    """Read-only: set by the API, never sent."""
    title: str | None = None
    """Required to create."""
    url: str | None = None
    preview_url: str | None = None
    """Read-only: set by the API, never sent."""
    body: str | None = None
    """Required to create."""
    tags: list[str] | None = None
    summary: str | None = None
    """Read-only: set by the API, never sent."""
    is_published: bool | None = None
    published_date: Any | None = None
    """Sent as `datetime`."""
    published_date_iso8601: str | None = None
    """Read-only: set by the API, never sent."""
    meta_description: str | None = None
    """May be null."""
    meta_keywords: str | None = None
    """May be null."""
    author: str | None = None
    """May be null."""
    thumbnail_path: str | None = None
    """May be null."""

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
