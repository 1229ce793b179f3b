# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3Sites` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.site_create import SiteCreate
from ...shared.models.site_update import SiteUpdate
from ..models.site import Site

if TYPE_CHECKING:
    from .certificate import V3SitesCertificate
    from .certificates import V3SitesCertificates
    from .routes import V3SitesRoutes


@with_config(REQUEST_CONFIG)
class V3SitesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    page: int
    url_type__in: list[str]
    """Sent as `url_type:in`."""


class V3Sites(NodeResource):
    """`api.sites` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def certificate(self) -> V3SitesCertificate:
        from .certificate import V3SitesCertificate

        return V3SitesCertificate(self._connection)

    @cached_property
    def certificates(self) -> V3SitesCertificates:
        from .certificates import V3SitesCertificates

        return V3SitesCertificates(self._connection)

    @cached_property
    def routes(self) -> V3SitesRoutes:
        from .routes import V3SitesRoutes

        return V3SitesRoutes(self._connection)

    _op_all: ClassVar[Operation[list[Site]]] = Operation(
        method="GET",
        path="sites",
        version="v3",
        result="many",
        model=Site,
        query_type=V3SitesAllQuery,
        envelope=True,
        operation_id="getSites",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SitesAllQuery],
    ) -> list[Site]:
        """`GET /v3/sites` (getSites).

        Returns one page of `Site` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3SitesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "sites",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Site]]] = Operation(
        method="GET",
        path="sites",
        version="v3",
        result="pages",
        model=Site,
        query_type=V3SitesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getSites",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SitesAllQuery],
    ) -> Iterator[Site]:
        """`GET /v3/sites` (getSites).

        Yields every `Site` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3SitesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "sites",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Site]] = Operation(
        method="POST",
        path="sites",
        version="v3",
        result="one",
        model=Site,
        body_type=SiteCreate,
        envelope=True,
        operation_id="createSite",
    )

    def create(
        self,
        body: SiteCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Site:
        """`POST /v3/sites` (createSite).

        Returns one `Site`.

        Args:
            body: `SiteCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "sites",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="sites/{site_id}",
        version="v3",
        result="value",
        model=dict[str, Any],
        envelope=True,
        operation_id="deleteSite",
    )

    def delete(
        self,
        site_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`DELETE /v3/sites/{site_id}` (deleteSite).

        Returns `dict[str, Any]`.

        Args:
            site_id: `str`, the path's `{site_id}`.
        """
        return self._call(
            self._op_delete,
            f"sites/{segment(site_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Site]] = Operation(
        method="GET",
        path="sites/{site_id}",
        version="v3",
        result="one",
        model=Site,
        envelope=True,
        operation_id="getSite",
    )

    def get(
        self,
        site_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Site:
        """`GET /v3/sites/{site_id}` (getSite).

        Returns one `Site`.

        Args:
            site_id: `str`, the path's `{site_id}`.
        """
        return self._call(
            self._op_get,
            f"sites/{segment(site_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Site]] = Operation(
        method="PUT",
        path="sites/{site_id}",
        version="v3",
        result="one",
        model=Site,
        body_type=SiteUpdate,
        envelope=True,
        operation_id="updateSite",
    )

    def update(
        self,
        site_id: str,
        body: SiteUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Site:
        """`PUT /v3/sites/{site_id}` (updateSite).

        Returns one `Site`.

        Args:
            site_id: `str`, the path's `{site_id}`.
            body: `SiteUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"sites/{segment(site_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
