# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesRoutes` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.site_route_create import SiteRouteCreate
from ..models.site_route_update import SiteRouteUpdate
from ..models.site_route_update_many_item import (
    SiteRouteUpdateManyItem,
    SiteRouteUpdateManyItemBody,
)


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

    _op_all: ClassVar[Operation[list[SiteRouteUpdateManyItem]]] = Operation(
        method="GET",
        path="sites/{site_id}/routes",
        version="v3",
        result="many",
        model=SiteRouteUpdateManyItem,
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
    ) -> list[SiteRouteUpdateManyItem]:
        """`GET /v3/sites/{site_id}/routes` (getSiteRoutes).

        Returns one page of `SiteRouteUpdateManyItem` objects (a list).

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

    _op_iterall: ClassVar[Operation[Iterator[SiteRouteUpdateManyItem]]] = Operation(
        method="GET",
        path="sites/{site_id}/routes",
        version="v3",
        result="pages",
        model=SiteRouteUpdateManyItem,
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
    ) -> Iterator[SiteRouteUpdateManyItem]:
        """`GET /v3/sites/{site_id}/routes` (getSiteRoutes).

        Yields every `SiteRouteUpdateManyItem` of every page, one page in memory at a time.

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

    _op_create: ClassVar[Operation[SiteRouteUpdateManyItem]] = Operation(
        method="POST",
        path="sites/{site_id}/routes",
        version="v3",
        result="one",
        model=SiteRouteUpdateManyItem,
        body_type=SiteRouteCreate,
        envelope=True,
        operation_id="createSiteRoute",
    )

    def create(
        self,
        site_id: int,
        body: SiteRouteCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteRouteUpdateManyItem:
        """`POST /v3/sites/{site_id}/routes` (createSiteRoute).

        Returns one `SiteRouteUpdateManyItem`.

        Args:
            site_id: `int`, the path's `{site_id}`.
            body: `SiteRouteCreate`, the request body.
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

    _op_get: ClassVar[Operation[SiteRouteUpdateManyItem]] = Operation(
        method="GET",
        path="sites/{site_id}/routes/{route_id}",
        version="v3",
        result="one",
        model=SiteRouteUpdateManyItem,
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
    ) -> SiteRouteUpdateManyItem:
        """`GET /v3/sites/{site_id}/routes/{route_id}` (getSiteRoute).

        Returns one `SiteRouteUpdateManyItem`.

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

    _op_update: ClassVar[Operation[SiteRouteUpdateManyItem]] = Operation(
        method="PUT",
        path="sites/{site_id}/routes/{route_id}",
        version="v3",
        result="one",
        model=SiteRouteUpdateManyItem,
        body_type=SiteRouteUpdate,
        envelope=True,
        operation_id="updateSiteRoute",
    )

    def update(
        self,
        site_id: str,
        route_id: str,
        body: SiteRouteUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteRouteUpdateManyItem:
        """`PUT /v3/sites/{site_id}/routes/{route_id}` (updateSiteRoute).

        Returns one `SiteRouteUpdateManyItem`.

        Args:
            site_id: `str`, the path's `{site_id}`.
            route_id: `str`, the path's `{route_id}`.
            body: `SiteRouteUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"sites/{segment(site_id)}/routes/{segment(route_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[SiteRouteUpdateManyItem]]] = Operation(
        method="PUT",
        path="sites/{site_id}/routes",
        version="v3",
        result="many",
        model=SiteRouteUpdateManyItem,
        body_type=list[SiteRouteUpdateManyItemBody],
        envelope=True,
        operation_id="updateSiteRoutes",
    )

    def update_many(
        self,
        site_id: int,
        body: list[SiteRouteUpdateManyItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[SiteRouteUpdateManyItem]:
        """`PUT /v3/sites/{site_id}/routes` (updateSiteRoutes).

        Returns a list of `SiteRouteUpdateManyItem` objects.

        Args:
            site_id: `int`, the path's `{site_id}`.
            body: `list[SiteRouteUpdateManyItemBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            f"sites/{segment(site_id)}/routes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
