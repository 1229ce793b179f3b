# Generated from spec/imported/v3/segments.yaml by codegen (`make generate`); do not edit.
"""The `V3Segments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.segment import Segment
from ..models.segment_create_many_item import SegmentCreateManyItem
from ..models.segment_update_many_item import SegmentUpdateManyItem

if TYPE_CHECKING:
    from .shopper_profiles import V3SegmentsShopperProfiles


@with_config(REQUEST_CONFIG)
class V3SegmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[str]
    """Sent as `id:in`."""
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3SegmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[str]
    """Sent as `id:in`."""


class V3Segments(NodeResource):
    """`api.segments` (v3): all, iterall, create_many, delete_all, update_many."""

    @cached_property
    def shopper_profiles(self) -> V3SegmentsShopperProfiles:
        from .shopper_profiles import V3SegmentsShopperProfiles

        return V3SegmentsShopperProfiles(self._connection)

    _op_all: ClassVar[Operation[list[Segment]]] = Operation(
        method="GET",
        path="segments",
        version="v3",
        result="many",
        model=Segment,
        query_type=V3SegmentsAllQuery,
        envelope=True,
        operation_id="GetPaginatedSegmentsList",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsAllQuery],
    ) -> list[Segment]:
        """`GET /v3/segments` (GetPaginatedSegmentsList).

        Returns one page of `Segment` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3SegmentsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "segments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Segment]]] = Operation(
        method="GET",
        path="segments",
        version="v3",
        result="pages",
        model=Segment,
        query_type=V3SegmentsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="GetPaginatedSegmentsList",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsAllQuery],
    ) -> Iterator[Segment]:
        """`GET /v3/segments` (GetPaginatedSegmentsList).

        Yields every `Segment` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3SegmentsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "segments",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Segment]]] = Operation(
        method="POST",
        path="segments",
        version="v3",
        result="many",
        model=Segment,
        body_type=list[SegmentCreateManyItem],
        envelope=True,
        operation_id="SegmentsPostRequest",
    )

    def create_many(
        self,
        body: list[SegmentCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Segment]:
        """`POST /v3/segments` (SegmentsPostRequest).

        Returns a list of `Segment` objects.

        Args:
            body: `list[SegmentCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "segments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="segments",
        version="v3",
        result="nothing",
        query_type=V3SegmentsDeleteAllQuery,
        operation_id="DeleteStoreSegment",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SegmentsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/segments` (DeleteStoreSegment).

        Returns None (the answer has no body).

        Args:
            query: the query parameters (`V3SegmentsDeleteAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "segments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Segment]]] = Operation(
        method="PUT",
        path="segments",
        version="v3",
        result="many",
        model=Segment,
        body_type=list[SegmentUpdateManyItem],
        envelope=True,
        operation_id="PutSegmentObjects",
    )

    def update_many(
        self,
        body: list[SegmentUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Segment]:
        """`PUT /v3/segments` (PutSegmentObjects).

        Returns a list of `Segment` objects.

        Args:
            body: `list[SegmentUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "segments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
