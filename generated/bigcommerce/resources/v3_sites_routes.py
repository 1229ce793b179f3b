# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesRoutes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.site_route_base import SiteRouteBaseCreate
from ..models.site_route_full import SiteRouteFull, SiteRouteFullUpdate
from ..models.site_routes_route_base import SiteRoutesRouteBaseUpdate


@with_config(REQUEST_CONFIG)
class V3SitesRoutesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int
    type: str


class V3SitesRoutes(NodeResource):
    """`api.sites.routes` (v3): all, iterall, create, delete, get, update, update_many."""

    _op_all: ClassVar[Operation[list[SiteRouteFull]]] = Operation(
        method="GET",
        path="sites/{site_id}/routes",
        version="v3",
        result="many",
        model=SiteRouteFull,
        query_type=V3SitesRoutesAllQuery,
        envelope=True,
        operation_id="getSiteRoutes",
    )

    def all(
        self,
        site_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SitesRoutesAllQuery],
    ) -> list[SiteRouteFull]:
        """`GET /v3/sites/{site_id}/routes` (getSiteRoutes).

        Returns one page of `SiteRouteFull` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            site_id: `int`, the path's `{site_id}`.
            query: the query parameters (`V3SitesRoutesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"sites/{segment(site_id)}/routes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[SiteRouteFull]]] = Operation(
        method="GET",
        path="sites/{site_id}/routes",
        version="v3",
        result="pages",
        model=SiteRouteFull,
        query_type=V3SitesRoutesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getSiteRoutes",
    )

    def iterall(
        self,
        site_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SitesRoutesAllQuery],
    ) -> Iterator[SiteRouteFull]:
        """`GET /v3/sites/{site_id}/routes` (getSiteRoutes).

        Yields every `SiteRouteFull` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            site_id: `int`, the path's `{site_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3SitesRoutesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"sites/{segment(site_id)}/routes",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[SiteRouteFull]] = Operation(
        method="POST",
        path="sites/{site_id}/routes",
        version="v3",
        result="one",
        model=SiteRouteFull,
        body_type=SiteRouteBaseCreate,
        envelope=True,
        operation_id="createSiteRoute",
    )

    def create(
        self,
        site_id: int,
        body: SiteRouteBaseCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteRouteFull:
        """`POST /v3/sites/{site_id}/routes` (createSiteRoute).

        Returns one `SiteRouteFull`.

        Args:
            site_id: `int`, the path's `{site_id}`.
            body: `SiteRouteBaseCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"sites/{segment(site_id)}/routes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="sites/{site_id}/routes/{route_id}",
        version="v3",
        result="nothing",
        operation_id="deleteSiteRoute",
    )

    def delete(
        self,
        site_id: str,
        route_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/sites/{site_id}/routes/{route_id}` (deleteSiteRoute).

        Returns None (the answer has no body).

        Args:
            site_id: `str`, the path's `{site_id}`.
            route_id: `str`, the path's `{route_id}`.
        """
        return self._call(
            self._op_delete,
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[SiteRouteFull]] = Operation(
        method="GET",
        path="sites/{site_id}/routes/{route_id}",
        version="v3",
        result="one",
        model=SiteRouteFull,
        envelope=True,
        operation_id="getSiteRoute",
    )

    def get(
        self,
        site_id: str,
        route_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteRouteFull:
        """`GET /v3/sites/{site_id}/routes/{route_id}` (getSiteRoute).

        Returns one `SiteRouteFull`.

        Args:
            site_id: `str`, the path's `{site_id}`.
            route_id: `str`, the path's `{route_id}`.
        """
        return self._call(
            self._op_get,
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SiteRouteFull]] = Operation(
        method="PUT",
        path="sites/{site_id}/routes/{route_id}",
        version="v3",
        result="one",
        model=SiteRouteFull,
        body_type=SiteRoutesRouteBaseUpdate,
        envelope=True,
        operation_id="updateSiteRoute",
    )

    def update(
        self,
        site_id: str,
        route_id: str,
        body: SiteRoutesRouteBaseUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteRouteFull:
        """`PUT /v3/sites/{site_id}/routes/{route_id}` (updateSiteRoute).

        Returns one `SiteRouteFull`.

        Args:
            site_id: `str`, the path's `{site_id}`.
            route_id: `str`, the path's `{route_id}`.
            body: `SiteRoutesRouteBaseUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[SiteRouteFull]]] = Operation(
        method="PUT",
        path="sites/{site_id}/routes",
        version="v3",
        result="many",
        model=SiteRouteFull,
        body_type=list[SiteRouteFullUpdate],
        envelope=True,
        operation_id="updateSiteRoutes",
    )

    def update_many(
        self,
        site_id: int,
        body: list[SiteRouteFullUpdate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[SiteRouteFull]:
        """`PUT /v3/sites/{site_id}/routes` (updateSiteRoutes).

        Returns a list of `SiteRouteFull` objects.

        Args:
            site_id: `int`, the path's `{site_id}`.
            body: `list[SiteRouteFullUpdate]`, the request body.
        """
        return self._call(
            self._op_update_many,
            f"sites/{segment(site_id)}/routes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
