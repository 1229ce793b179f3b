# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3Pricelists` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.price_list import PriceList
from ..models.price_list_create import PriceListCreate, PriceListUpdate

if TYPE_CHECKING:
    from .assignments import V3PricelistsAssignments
    from .records import V3PricelistsRecords


@with_config(REQUEST_CONFIG)
class V3PricelistsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
    id__in: list[int]
    """Sent as `id:in`."""
    limit: int
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3PricelistsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""
    name: str


class V3Pricelists(NodeResource):
    """`api.pricelists` (v3): all, iterall, create, delete, delete_all, get, update."""

    @cached_property
    def assignments(self) -> V3PricelistsAssignments:
        from .assignments import V3PricelistsAssignments

        return V3PricelistsAssignments(self._connection)

    @cached_property
    def records(self) -> V3PricelistsRecords:
        from .records import V3PricelistsRecords

        return V3PricelistsRecords(self._connection)

    _op_all: ClassVar[Operation[list[PriceList]]] = Operation(
        method="GET",
        path="pricelists",
        version="v3",
        result="many",
        model=PriceList,
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
    ) -> list[PriceList]:
        """`GET /v3/pricelists` (getPriceLists).

        Returns one page of `PriceList` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3PricelistsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "pricelists",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[PriceList]]] = Operation(
        method="GET",
        path="pricelists",
        version="v3",
        result="pages",
        model=PriceList,
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
    ) -> Iterator[PriceList]:
        """`GET /v3/pricelists` (getPriceLists).

        Yields every `PriceList` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PricelistsAllQuery`); `x__in` is sent as `x:in`.
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

    _op_create: ClassVar[Operation[PriceList]] = Operation(
        method="POST",
        path="pricelists",
        version="v3",
        result="one",
        model=PriceList,
        body_type=PriceListCreate,
        envelope=True,
        operation_id="createPriceList",
    )

    def create(
        self,
        body: PriceListCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PriceList:
        """`POST /v3/pricelists` (createPriceList).

        Returns one `PriceList`.

        Args:
            body: `PriceListCreate`, the request body.
        """
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
        """`DELETE /v3/pricelists/{price_list_id}` (deletePriceList).

        Returns None (the answer has no body).

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
        """
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
        """`DELETE /v3/pricelists` (deletePriceLists).

        Returns `dict[str, Any]`.

        Args:
            query: the query parameters (`V3PricelistsDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "pricelists",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[PriceList]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}",
        version="v3",
        result="one",
        model=PriceList,
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
    ) -> PriceList:
        """`GET /v3/pricelists/{price_list_id}` (getPriceList).

        Returns one `PriceList`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
        """
        return self._call(
            self._op_get,
            f"pricelists/{segment(price_list_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[PriceList]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}",
        version="v3",
        result="one",
        model=PriceList,
        body_type=PriceListUpdate,
        envelope=True,
        operation_id="updatePriceList",
    )

    def update(
        self,
        price_list_id: int,
        body: PriceListUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PriceList:
        """`PUT /v3/pricelists/{price_list_id}` (updatePriceList).

        Returns one `PriceList`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            body: `PriceListUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"pricelists/{segment(price_list_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
