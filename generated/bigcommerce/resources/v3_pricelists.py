# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3Pricelists` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.pricelist import Pricelist
from ..models.v3_pricelist_create import V3PricelistCreateCreate, V3PricelistCreateUpdate

if TYPE_CHECKING:
    from .v3_pricelists_assignments import V3PricelistsAssignments
    from .v3_pricelists_records import V3PricelistsRecords


@with_config(REQUEST_CONFIG)
class V3PricelistsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    date_created__min: str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: str
    date_modified__min: str
    id__in: list[int]
    limit: int
    name: str
    name__like: str
    page: int


@with_config(REQUEST_CONFIG)
class V3PricelistsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    name: str


class V3Pricelists(NodeResource):
    """`api.pricelists` (v3): all, iterall, create, delete, delete_all, get, update."""

    @cached_property
    def assignments(self) -> V3PricelistsAssignments:
        from .v3_pricelists_assignments import V3PricelistsAssignments

        return V3PricelistsAssignments(self._connection)

    @cached_property
    def records(self) -> V3PricelistsRecords:
        from .v3_pricelists_records import V3PricelistsRecords

        return V3PricelistsRecords(self._connection)

    _op_all: ClassVar[Operation[list[Pricelist]]] = Operation(
        method="GET",
        path="pricelists",
        version="v3",
        result="many",
        model=Pricelist,
        query_type=V3PricelistsAllQuery,
        envelope=True,
        operation_id="getPriceLists",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsAllQuery],
    ) -> list[Pricelist]:
        """`GET /v3/pricelists` (getPriceLists)."""
        return self._call(
            self._op_all,
            "pricelists",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Pricelist]]] = Operation(
        method="GET",
        path="pricelists",
        version="v3",
        result="pages",
        model=Pricelist,
        query_type=V3PricelistsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getPriceLists",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsAllQuery],
    ) -> Iterator[Pricelist]:
        """Every item of every page of `GET /v3/pricelists` (getPriceLists), one page in memory
        at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            "pricelists",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Pricelist]] = Operation(
        method="POST",
        path="pricelists",
        version="v3",
        result="one",
        model=Pricelist,
        body_type=V3PricelistCreateCreate,
        envelope=True,
        operation_id="createPriceList",
    )

    def create(
        self,
        body: V3PricelistCreateCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Pricelist:
        """`POST /v3/pricelists` (createPriceList)."""
        return self._call(
            self._op_create,
            "pricelists",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="pricelists/{price_list_id}",
        version="v3",
        result="nothing",
        operation_id="deletePriceList",
    )

    def delete(
        self,
        price_list_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/pricelists/{price_list_id}` (deletePriceList)."""
        return self._call(
            self._op_delete,
            f"pricelists/{segment(price_list_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="pricelists",
        version="v3",
        result="value",
        model=dict[str, Any],
        query_type=V3PricelistsDeleteAllQuery,
        operation_id="deletePriceLists",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsDeleteAllQuery],
    ) -> dict[str, Any]:
        """`DELETE /v3/pricelists` (deletePriceLists)."""
        return self._call(
            self._op_delete_all,
            "pricelists",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Pricelist]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}",
        version="v3",
        result="one",
        model=Pricelist,
        envelope=True,
        operation_id="getPriceList",
    )

    def get(
        self,
        price_list_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Pricelist:
        """`GET /v3/pricelists/{price_list_id}` (getPriceList)."""
        return self._call(
            self._op_get,
            f"pricelists/{segment(price_list_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Pricelist]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}",
        version="v3",
        result="one",
        model=Pricelist,
        body_type=V3PricelistCreateUpdate,
        envelope=True,
        operation_id="updatePriceList",
    )

    def update(
        self,
        price_list_id: int,
        body: V3PricelistCreateUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Pricelist:
        """`PUT /v3/pricelists/{price_list_id}` (updatePriceList)."""
        return self._call(
            self._op_update,
            f"pricelists/{segment(price_list_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
