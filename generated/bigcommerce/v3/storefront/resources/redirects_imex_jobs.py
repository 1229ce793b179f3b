# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexJobs` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.redirect301_import_export_job import Redirect301ImportExportJob


@with_config(REQUEST_CONFIG)
class V3StorefrontRedirectsImexJobsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id: str
    limit: int
    """Default `10`."""
    page: int
    status: Literal["new", "working", "complete", "aborted", "failed"]
    type: Literal["import", "export"]


class V3StorefrontRedirectsImexJobs(NodeResource):
    """`api.storefront.redirects.imex.jobs` (v3): all, iterall."""

    _op_all: ClassVar[Operation[list[Redirect301ImportExportJob]]] = Operation(
        method="GET",
        path="storefront/redirects/imex/jobs",
        version="v3",
        result="many",
        model=Redirect301ImportExportJob,
        query_type=V3StorefrontRedirectsImexJobsAllQuery,
        envelope=True,
        operation_id="getRedirectImportExportJobs",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontRedirectsImexJobsAllQuery],
    ) -> list[Redirect301ImportExportJob]:
        """`GET /v3/storefront/redirects/imex/jobs` (getRedirectImportExportJobs).

        Returns one page of `Redirect301ImportExportJob` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3StorefrontRedirectsImexJobsAllQuery`).
        """
        return self._call(
            self._op_all,
            "storefront/redirects/imex/jobs",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Redirect301ImportExportJob]]] = Operation(
        method="GET",
        path="storefront/redirects/imex/jobs",
        version="v3",
        result="pages",
        model=Redirect301ImportExportJob,
        query_type=V3StorefrontRedirectsImexJobsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getRedirectImportExportJobs",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontRedirectsImexJobsAllQuery],
    ) -> Iterator[Redirect301ImportExportJob]:
        """`GET /v3/storefront/redirects/imex/jobs` (getRedirectImportExportJobs).

        Yields every `Redirect301ImportExportJob` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3StorefrontRedirectsImexJobsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "storefront/redirects/imex/jobs",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
