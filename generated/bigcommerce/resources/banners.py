# Generated from spec/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `Banners` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.banner import Banner, BannerCreate, BannerUpdate


@with_config(REQUEST_CONFIG)
class BannersFilters(TypedDict, total=False):
    """Query filters of `Banners`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    page: int
    limit: int


class Banners(Resource):
    """`banners` (v2): all, iterall, get, create, update, delete, delete_all."""

    def all(self, **filters: Unpack[BannersFilters]) -> list[Banner]:
        """One page of Banner objects: `GET banners`."""
        return self._list(Banner, "banners", filters, BannersFilters)

    def iterall(self, **filters: Unpack[BannersFilters]) -> Iterator[Banner]:
        """Every Banner of `GET banners`, page after page, one page in memory at a time."""
        return self._iterate(Banner, "banners", filters, BannersFilters)

    def get(self, id: Id, /) -> Banner:
        """One Banner by id: `GET banners/{id}`."""
        return self._get(Banner, f"banners/{segment(id)}")

    def create(self, **fields: Unpack[BannerCreate]) -> Banner:
        """Create a Banner: `POST banners`; returns it as stored."""
        return self._write(Banner, "POST", "banners", fields, BannerCreate)

    def update(self, id: Id, /, **fields: Unpack[BannerUpdate]) -> Banner:
        """Change a Banner: `PUT banners/{id}`; returns it as stored."""
        return self._write(Banner, "PUT", f"banners/{segment(id)}", fields, BannerUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Banner: `DELETE banners/{id}`."""
        return self._delete(f"banners/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Banner: `DELETE banners`."""
        return self._delete("banners")
