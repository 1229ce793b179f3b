# Generated from spec/v2/blog_posts.yaml by codegen (`make generate`); do not edit.
"""The `BlogPosts` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.blog_post import BlogPost, BlogPostCreate, BlogPostUpdate


@with_config(REQUEST_CONFIG)
class BlogPostsFilters(TypedDict, total=False):
    """Query filters of `BlogPosts`; unknown keys are refused."""

    is_published: bool
    url: str
    tag: str
    published_date: _dt.datetime | _dt.date | str
    page: int
    limit: int


class BlogPosts(Resource):
    """`blog/posts` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[BlogPostsFilters]) -> list[BlogPost]:
        """One page of BlogPost objects: `GET blog/posts`."""
        return self._list(BlogPost, "blog/posts", filters, BlogPostsFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[BlogPostsFilters]
    ) -> Iterator[BlogPost]:
        """Every BlogPost of `GET blog/posts`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            BlogPost,
            "blog/posts",
            filters,
            BlogPostsFilters,
            prefetch=prefetch,
            count_path="blog/posts/count",
        )

    def get(self, id: Id, /) -> BlogPost:
        """One BlogPost by id: `GET blog/posts/{id}`."""
        return self._get(BlogPost, f"blog/posts/{segment(id)}")

    def create(self, **fields: Unpack[BlogPostCreate]) -> BlogPost:
        """Create a BlogPost: `POST blog/posts`; returns it as stored."""
        return self._write(BlogPost, "POST", "blog/posts", fields, BlogPostCreate)

    def update(self, id: Id, /, **fields: Unpack[BlogPostUpdate]) -> BlogPost:
        """Change a BlogPost: `PUT blog/posts/{id}`; returns it as stored."""
        return self._write(BlogPost, "PUT", f"blog/posts/{segment(id)}", fields, BlogPostUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one BlogPost: `DELETE blog/posts/{id}`."""
        return self._delete(f"blog/posts/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every BlogPost: `DELETE blog/posts`."""
        return self._delete("blog/posts")

    def count(self, **filters: Unpack[BlogPostsFilters]) -> int:
        """How many BlogPost objects match: `GET blog/posts/count`."""
        return self._count("blog/posts/count", filters, BlogPostsFilters)
