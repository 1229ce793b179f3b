# Generated from spec/v2/redirects.yaml by codegen (`make generate`); do not edit.
"""The `Redirects` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.redirect import Redirect, RedirectCreate, RedirectUpdate


@with_config(REQUEST_CONFIG)
class RedirectsFilters(TypedDict, total=False):
    """Query filters of `Redirects`; unknown keys are refused."""

    page: int
    limit: int


class Redirects(Resource):
    """`redirects` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[RedirectsFilters]) -> list[Redirect]:
        """One page of Redirect objects: `GET redirects`."""
        return self._list(Redirect, "redirects", filters, RedirectsFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[RedirectsFilters]
    ) -> Iterator[Redirect]:
        """Every Redirect of `GET redirects`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Redirect,
            "redirects",
            filters,
            RedirectsFilters,
            prefetch=prefetch,
            count_path="redirects/count",
        )

    def get(self, id: Id, /) -> Redirect:
        """One Redirect by id: `GET redirects/{id}`."""
        return self._get(Redirect, f"redirects/{segment(id)}")

    def create(self, **fields: Unpack[RedirectCreate]) -> Redirect:
        """Create a Redirect: `POST redirects`; returns it as stored."""
        return self._write(Redirect, "POST", "redirects", fields, RedirectCreate)

    def update(self, id: Id, /, **fields: Unpack[RedirectUpdate]) -> Redirect:
        """Change a Redirect: `PUT redirects/{id}`; returns it as stored."""
        return self._write(Redirect, "PUT", f"redirects/{segment(id)}", fields, RedirectUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Redirect: `DELETE redirects/{id}`."""
        return self._delete(f"redirects/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Redirect: `DELETE redirects`."""
        return self._delete("redirects")

    def count(self, **filters: Unpack[RedirectsFilters]) -> int:
        """How many Redirect objects match: `GET redirects/count`."""
        return self._count("redirects/count", filters, RedirectsFilters)
