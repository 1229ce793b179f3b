# Generated from spec/imported/v3/shopper_profiles.yaml by codegen (`make generate`); do not edit.
"""The `V3ShopperProfilesSegments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.segment import Segment


@with_config(REQUEST_CONFIG)
class V3ShopperProfilesSegmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int


class V3ShopperProfilesSegments(NodeResource):
    """`api.shopper_profiles.segments` (v3): all, iterall."""

    _op_all: ClassVar[Operation[list[Segment]]] = Operation(
        method="GET",
        path="shopper-profiles/{shopper_profile_id}/segments",
        version="v3",
        result="many",
        model=Segment,
        query_type=V3ShopperProfilesSegmentsAllQuery,
        envelope=True,
        operation_id="GetListShopperProfile",
    )

    def all(
        self,
        shopper_profile_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShopperProfilesSegmentsAllQuery],
    ) -> list[Segment]:
        """`GET /v3/shopper-profiles/{shopper_profile_id}/segments` (GetListShopperProfile).

        Returns one page of `Segment` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            shopper_profile_id: `str`, the path's `{shopper_profile_id}`.
            query: the query parameters (`V3ShopperProfilesSegmentsAllQuery`).
        """
        return self._call(
            self._op_all,
            f"shopper-profiles/{segment(shopper_profile_id)}/segments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Segment]]] = Operation(
        method="GET",
        path="shopper-profiles/{shopper_profile_id}/segments",
        version="v3",
        result="pages",
        model=Segment,
        query_type=V3ShopperProfilesSegmentsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="GetListShopperProfile",
    )

    def iterall(
        self,
        shopper_profile_id: str,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShopperProfilesSegmentsAllQuery],
    ) -> Iterator[Segment]:
        """`GET /v3/shopper-profiles/{shopper_profile_id}/segments` (GetListShopperProfile).

        Yields every `Segment` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            shopper_profile_id: `str`, the path's `{shopper_profile_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ShopperProfilesSegmentsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"shopper-profiles/{segment(shopper_profile_id)}/segments",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
