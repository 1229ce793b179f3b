# Generated from spec/v2/blog_posts.yaml by codegen (`make generate`); do not edit.
"""The `BlogPosts` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.blog_post import BlogPost, BlogPostCreate, BlogPostUpdate


@with_config(REQUEST_CONFIG)
class BlogPostsFilters(TypedDict, total=False):
    """Query filters of `BlogPosts`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    is_published: bool
    url: str
    tag: str
    published_date: _dt.datetime | _dt.date | str
    page: int
    limit: int


class BlogPosts(Resource):
    """`blog/posts` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[BlogPost]]] = Operation(
        method="GET",
        path="blog/posts",
        version="v2",
        result="many",
        model=BlogPost,
        query_type=BlogPostsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BlogPostsFilters],
    ) -> list[BlogPost]:
        """One page of BlogPost objects: `GET /v2/blog/posts`.

        Returns one page of `BlogPost` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`BlogPostsFilters`).
        """
        return self._call(
            self._op_all,
            "blog/posts",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[BlogPost]]] = Operation(
        method="GET",
        path="blog/posts",
        version="v2",
        result="pages",
        model=BlogPost,
        query_type=BlogPostsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BlogPostsFilters],
    ) -> Iterator[BlogPost]:
        """Every BlogPost of `GET /v2/blog/posts`, page after page.

        Yields every `BlogPost` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`BlogPostsFilters`).
        """
        return self._call(
            self._op_iterall,
            "blog/posts",
            query=filters,
            prefetch=prefetch,
            count_path="blog/posts/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[BlogPost]] = Operation(
        method="GET", path="blog/posts/{id}", version="v2", result="one", model=BlogPost
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> BlogPost:
        """One BlogPost by id: `GET /v2/blog/posts/{id}`.

        Returns one `BlogPost`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"blog/posts/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[BlogPost]] = Operation(
        method="POST",
        path="blog/posts",
        version="v2",
        result="one",
        model=BlogPost,
        body_type=BlogPostCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BlogPostCreate],
    ) -> BlogPost:
        """Create a BlogPost: `POST /v2/blog/posts`; returns it as stored.

        Returns one `BlogPost`.

        Args:
            fields: the fields (`BlogPostCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "blog/posts",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[BlogPost]] = Operation(
        method="PUT",
        path="blog/posts/{id}",
        version="v2",
        result="one",
        model=BlogPost,
        body_type=BlogPostUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BlogPostUpdate],
    ) -> BlogPost:
        """Change a BlogPost: `PUT /v2/blog/posts/{id}`; returns it as stored.

        Returns one `BlogPost`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`BlogPostUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"blog/posts/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="blog/posts/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one BlogPost: `DELETE /v2/blog/posts/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"blog/posts/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="blog/posts",
        version="v2",
        result="answer",
        query_type=BlogPostsFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BlogPostsFilters],
    ) -> dict[str, Any]:
        """Delete every BlogPost: `DELETE /v2/blog/posts`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`BlogPostsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "blog/posts",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="blog/posts/count",
        version="v2",
        result="count",
        query_type=BlogPostsFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BlogPostsFilters],
    ) -> int:
        """How many BlogPost objects match: `GET /v2/blog/posts/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`BlogPostsFilters`).
        """
        return self._call(
            self._op_count,
            "blog/posts/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
