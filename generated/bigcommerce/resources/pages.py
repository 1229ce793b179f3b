# Generated from spec/v2/pages.yaml by codegen (`make generate`); do not edit.
"""The `Pages` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.page import Page, PageCreate, PageUpdate


@with_config(REQUEST_CONFIG)
class PagesFilters(TypedDict, total=False):
    """Query filters of `Pages`; unknown keys are refused."""

    page: int
    limit: int


class Pages(Resource):
    """`pages` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[PagesFilters]) -> list[Page]:
        """One page of Page objects: `GET pages`."""
        return self._list(Page, "pages", filters, PagesFilters)

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[PagesFilters]) -> Iterator[Page]:
        """Every Page of `GET pages`, page after page, one page in memory at a time. `prefetch=N`
        fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Page, "pages", filters, PagesFilters, prefetch=prefetch, count_path="pages/count"
        )

    def get(self, id: Id, /) -> Page:
        """One Page by id: `GET pages/{id}`."""
        return self._get(Page, f"pages/{segment(id)}")

    def create(self, **fields: Unpack[PageCreate]) -> Page:
        """Create a Page: `POST pages`; returns it as stored."""
        return self._write(Page, "POST", "pages", fields, PageCreate)

    def update(self, id: Id, /, **fields: Unpack[PageUpdate]) -> Page:
        """Change a Page: `PUT pages/{id}`; returns it as stored."""
        return self._write(Page, "PUT", f"pages/{segment(id)}", fields, PageUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Page: `DELETE pages/{id}`."""
        return self._delete(f"pages/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Page: `DELETE pages`."""
        return self._delete("pages")

    def count(self, **filters: Unpack[PagesFilters]) -> int:
        """How many Page objects match: `GET pages/count`."""
        return self._count("pages/count", filters, PagesFilters)
