# Generated from spec/imported/v3/segments.yaml by codegen (`make generate`); do not edit.
"""The `V3SegmentsShopperProfiles` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.shopper_profile import ShopperProfile


@with_config(REQUEST_CONFIG)
class V3SegmentsShopperProfilesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3SegmentsShopperProfilesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[str]
    """Sent as `id:in`."""


class V3SegmentsShopperProfiles(NodeResource):
    """`api.segments.shopper_profiles` (v3): all, iterall, create_many, delete_all."""

    _op_all: ClassVar[Operation[list[ShopperProfile]]] = Operation(
        method="GET",
        path="segments/{segment_id}/shopper-profiles",
        version="v3",
        result="many",
        model=ShopperProfile,
        query_type=V3SegmentsShopperProfilesAllQuery,
        envelope=True,
        operation_id="GetSegmentProfiles",
    )

    def all(
        self,
        segment_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsShopperProfilesAllQuery],
    ) -> list[ShopperProfile]:
        """`GET /v3/segments/{segment_id}/shopper-profiles` (GetSegmentProfiles).

        Returns one page of `ShopperProfile` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            segment_id: `str`, the path's `{segment_id}`.
            query: the query parameters (`V3SegmentsShopperProfilesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"segments/{segment(segment_id)}/shopper-profiles",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ShopperProfile]]] = Operation(
        method="GET",
        path="segments/{segment_id}/shopper-profiles",
        version="v3",
        result="pages",
        model=ShopperProfile,
        query_type=V3SegmentsShopperProfilesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="GetSegmentProfiles",
    )

    def iterall(
        self,
        segment_id: str,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsShopperProfilesAllQuery],
    ) -> Iterator[ShopperProfile]:
        """`GET /v3/segments/{segment_id}/shopper-profiles` (GetSegmentProfiles).

        Yields every `ShopperProfile` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            segment_id: `str`, the path's `{segment_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3SegmentsShopperProfilesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"segments/{segment(segment_id)}/shopper-profiles",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[ShopperProfile]]] = Operation(
        method="POST",
        path="segments/{segment_id}/shopper-profiles",
        version="v3",
        result="many",
        model=ShopperProfile,
        body_type=list[str],
        envelope=True,
        operation_id="PostShopperProfile",
    )

    def create_many(
        self,
        segment_id: str,
        body: list[str],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ShopperProfile]:
        """`POST /v3/segments/{segment_id}/shopper-profiles` (PostShopperProfile).

        Returns a list of `ShopperProfile` objects.

        Args:
            segment_id: `str`, the path's `{segment_id}`.
            body: `list[str]`, the request body.
        """
        return self._call(
            self._op_create_many,
            f"segments/{segment(segment_id)}/shopper-profiles",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="segments/{segment_id}/shopper-profiles",
        version="v3",
        result="nothing",
        query_type=V3SegmentsShopperProfilesDeleteAllQuery,
        operation_id="DeleteShopperProfile",
    )

    def delete_all(
        self,
        segment_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsShopperProfilesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/segments/{segment_id}/shopper-profiles` (DeleteShopperProfile).

        Returns None (the answer has no body).

        Args:
            segment_id: `str`, the path's `{segment_id}`.
            query: the query parameters (`V3SegmentsShopperProfilesDeleteAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            f"segments/{segment(segment_id)}/shopper-profiles",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
