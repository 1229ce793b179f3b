# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PricelistsAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.assignment_for import AssignmentFor
from ..models.price_list_assignment_create_many_item import PriceListAssignmentCreateManyItem
from ..models.price_list_assignment_upsert import PriceListAssignmentUpsert


@with_config(REQUEST_CONFIG)
class V3PricelistsAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    channel_id: int
    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    customer_group_id: int
    customer_group_id__in: list[int]
    """Sent as `customer_group_id:in`."""
    id: int
    id__in: list[int]
    """Sent as `id:in`."""
    limit: int
    page: int
    price_list_id: int
    price_list_id__in: list[int]
    """Sent as `price_list_id:in`."""


@with_config(REQUEST_CONFIG)
class V3PricelistsAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    customer_group_id: int
    id: int
    price_list_id: int


class V3PricelistsAssignments(NodeResource):
    """`api.pricelists.assignments` (v3): all, iterall, create_many, delete_all, upsert."""

    _op_all: ClassVar[Operation[list[AssignmentFor]]] = Operation(
        method="GET",
        path="pricelists/assignments",
        version="v3",
        result="many",
        model=AssignmentFor,
        query_type=V3PricelistsAssignmentsAllQuery,
        envelope=True,
        operation_id="getListOfPriceListAssignments",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsAssignmentsAllQuery],
    ) -> list[AssignmentFor]:
        """`GET /v3/pricelists/assignments` (getListOfPriceListAssignments).

        Returns one page of `AssignmentFor` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3PricelistsAssignmentsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "pricelists/assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[AssignmentFor]]] = Operation(
        method="GET",
        path="pricelists/assignments",
        version="v3",
        result="pages",
        model=AssignmentFor,
        query_type=V3PricelistsAssignmentsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getListOfPriceListAssignments",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsAssignmentsAllQuery],
    ) -> Iterator[AssignmentFor]:
        """`GET /v3/pricelists/assignments` (getListOfPriceListAssignments).

        Yields every `AssignmentFor` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PricelistsAssignmentsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "pricelists/assignments",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[None]] = Operation(
        method="POST",
        path="pricelists/assignments",
        version="v3",
        result="nothing",
        body_type=list[PriceListAssignmentCreateManyItem],
        batch_limit=25,
        operation_id="createPriceListAssignments",
    )

    def create_many(
        self,
        body: list[PriceListAssignmentCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`POST /v3/pricelists/assignments` (createPriceListAssignments).

        Returns None (the answer has no body).

        Sends at most 25 items a request: a longer list is sent in chunks of 25, one request after
        another.

        Args:
            body: `list[PriceListAssignmentCreateManyItem]`, the request body; sent 25
                items a request.
        """
        return self._call(
            self._op_create_many,
            "pricelists/assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="pricelists/assignments",
        version="v3",
        result="nothing",
        query_type=V3PricelistsAssignmentsDeleteAllQuery,
        operation_id="deletePriceListAssignments",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsAssignmentsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/pricelists/assignments` (deletePriceListAssignments).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3PricelistsAssignmentsDeleteAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "pricelists/assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[AssignmentFor]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}/assignments",
        version="v3",
        result="one",
        model=AssignmentFor,
        body_type=PriceListAssignmentUpsert,
        envelope=True,
        operation_id="upsertPriceListAssignment",
    )

    def upsert(
        self,
        price_list_id: int,
        body: PriceListAssignmentUpsert,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AssignmentFor:
        """`PUT /v3/pricelists/{price_list_id}/assignments` (upsertPriceListAssignment).

        Returns one `AssignmentFor`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            body: `PriceListAssignmentUpsert`, the request body.
        """
        return self._call(
            self._op_upsert,
            f"pricelists/{segment(price_list_id)}/assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
