# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PricelistsAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.assignment_for_get_response import AssignmentForGetResponse
from ..models.assignment_for_put_request import AssignmentForPutRequestUpdate
from ..models.assignment_for_put_response_data import AssignmentForPutResponseData
from ..models.assignments_for_request import AssignmentsForRequestCreate


@with_config(REQUEST_CONFIG)
class V3PricelistsAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    channel_id: int
    channel_id__in: list[int]
    customer_group_id: int
    customer_group_id__in: list[int]
    id: int
    id__in: list[int]
    limit: int
    page: int
    price_list_id: int
    price_list_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3PricelistsAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int
    channel_id__in: list[int]
    customer_group_id: int
    id: int
    price_list_id: int


class V3PricelistsAssignments(NodeResource):
    """`api.pricelists.assignments` (v3): all, iterall, create_many, delete_all, upsert."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3PricelistsAssignmentsAllQuery]
    ) -> list[AssignmentForGetResponse]:
        """`GET /v3/pricelists/assignments` (getListOfPriceListAssignments)."""
        return self._many(
            AssignmentForGetResponse,
            "GET",
            "pricelists/assignments",
            query,
            V3PricelistsAssignmentsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3PricelistsAssignmentsAllQuery]
    ) -> Iterator[AssignmentForGetResponse]:
        """Every item of every page of `GET /v3/pricelists/assignments`
        (getListOfPriceListAssignments), one page in memory at a time. `prefetch=N` fetches up
        to N more pages ahead, in the background.
        """
        return self._pages(
            AssignmentForGetResponse,
            "GET",
            "pricelists/assignments",
            query,
            V3PricelistsAssignmentsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create_many(self, body: list[AssignmentsForRequestCreate], /) -> None:
        """`POST /v3/pricelists/assignments` (createPriceListAssignments)."""
        return self._nothing(
            "POST",
            "pricelists/assignments",
            {},
            None,
            body=body,
            body_type=list[AssignmentsForRequestCreate],
            batch_limit=25,
        )

    def delete_all(self, **query: Unpack[V3PricelistsAssignmentsDeleteAllQuery]) -> None:
        """`DELETE /v3/pricelists/assignments` (deletePriceListAssignments)."""
        return self._nothing(
            "DELETE", "pricelists/assignments", query, V3PricelistsAssignmentsDeleteAllQuery
        )

    def upsert(
        self, price_list_id: int, body: AssignmentForPutRequestUpdate, /
    ) -> AssignmentForPutResponseData:
        """`PUT /v3/pricelists/{price_list_id}/assignments` (upsertPriceListAssignment)."""
        return self._one(
            AssignmentForPutResponseData,
            "PUT",
            f"pricelists/{segment(price_list_id)}/assignments",
            {},
            None,
            body=body,
            body_type=AssignmentForPutRequestUpdate,
            envelope=True,
        )
