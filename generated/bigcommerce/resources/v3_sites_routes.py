# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesRoutes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.site_route_base import SiteRouteBaseCreate
from ..models.site_route_full import SiteRouteFull, SiteRouteFullUpdate
from ..models.site_routes_route_base import SiteRoutesRouteBaseUpdate


@with_config(REQUEST_CONFIG)
class V3SitesRoutesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    limit: int
    page: int
    type: str


class V3SitesRoutes(NodeResource):
    """`api.sites.routes` (v3): all, iterall, create, delete, get, update, update_many."""

    _version = "v3"

    def all(self, site_id: int, /, **query: Unpack[V3SitesRoutesAllQuery]) -> list[SiteRouteFull]:
        """`GET /v3/sites/{site_id}/routes` (getSiteRoutes)."""
        return self._many(
            SiteRouteFull,
            "GET",
            f"sites/{segment(site_id)}/routes",
            query,
            V3SitesRoutesAllQuery,
            envelope=True,
        )

    def iterall(
        self, site_id: int, /, *, prefetch: int = 0, **query: Unpack[V3SitesRoutesAllQuery]
    ) -> Iterator[SiteRouteFull]:
        """Every item of every page of `GET /v3/sites/{site_id}/routes` (getSiteRoutes), one page
        in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            SiteRouteFull,
            "GET",
            f"sites/{segment(site_id)}/routes",
            query,
            V3SitesRoutesAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, site_id: int, body: SiteRouteBaseCreate, /) -> SiteRouteFull:
        """`POST /v3/sites/{site_id}/routes` (createSiteRoute)."""
        return self._one(
            SiteRouteFull,
            "POST",
            f"sites/{segment(site_id)}/routes",
            {},
            None,
            body=body,
            body_type=SiteRouteBaseCreate,
            envelope=True,
        )

    def delete(self, site_id: str, route_id: str, /) -> None:
        """`DELETE /v3/sites/{site_id}/routes/{route_id}` (deleteSiteRoute)."""
        return self._nothing(
            "DELETE", f"sites/{segment(site_id)}/routes/{segment(route_id)}", {}, None
        )

    def get(self, site_id: str, route_id: str, /) -> SiteRouteFull:
        """`GET /v3/sites/{site_id}/routes/{route_id}` (getSiteRoute)."""
        return self._one(
            SiteRouteFull,
            "GET",
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, site_id: str, route_id: str, body: SiteRoutesRouteBaseUpdate, /
    ) -> SiteRouteFull:
        """`PUT /v3/sites/{site_id}/routes/{route_id}` (updateSiteRoute)."""
        return self._one(
            SiteRouteFull,
            "PUT",
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            {},
            None,
            body=body,
            body_type=SiteRoutesRouteBaseUpdate,
            envelope=True,
        )

    def update_many(self, site_id: int, body: list[SiteRouteFullUpdate], /) -> list[SiteRouteFull]:
        """`PUT /v3/sites/{site_id}/routes` (updateSiteRoutes)."""
        return self._many(
            SiteRouteFull,
            "PUT",
            f"sites/{segment(site_id)}/routes",
            {},
            None,
            body=body,
            body_type=list[SiteRouteFullUpdate],
            envelope=True,
        )
