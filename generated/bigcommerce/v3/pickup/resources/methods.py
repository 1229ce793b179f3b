# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `V3PickupMethods` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.method_create_many_item import MethodCreateManyItem
from ..models.method_update_many_item import MethodUpdateManyItem
from ..models.pickup_method import PickupMethod


@with_config(REQUEST_CONFIG)
class V3PickupMethodsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    date_created: _dt.datetime | _dt.date | str
    date_created__max: _dt.datetime | _dt.date | str
    """Sent as `date_created:max`."""
    date_created__min: _dt.datetime | _dt.date | str
    """Sent as `date_created:min`."""
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    """Sent as `date_modified:max`."""
    date_modified__min: _dt.datetime | _dt.date | str
    """Sent as `date_modified:min`."""
    id__in: int
    """Sent as `id:in`."""
    limit: int
    page: int
    sort: Literal["date_modified:asc", "date_modified:desc", "name:asc", "name:desc"]


@with_config(REQUEST_CONFIG)
class V3PickupMethodsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[int]
    """Sent as `id:in`. Required by the documents."""


class V3PickupMethods(NodeResource):
    """`api.pickup.methods` (v3): all, iterall, create_many, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[PickupMethod]]] = Operation(
        method="GET",
        path="pickup/methods",
        version="v3",
        result="many",
        model=PickupMethod,
        query_type=V3PickupMethodsAllQuery,
        envelope=True,
        operation_id="get-pickup-methods",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PickupMethodsAllQuery],
    ) -> list[PickupMethod]:
        """`GET /v3/pickup/methods` (get-pickup-methods).

        Returns one page of `PickupMethod` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3PickupMethodsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "pickup/methods",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[PickupMethod]]] = Operation(
        method="GET",
        path="pickup/methods",
        version="v3",
        result="pages",
        model=PickupMethod,
        query_type=V3PickupMethodsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="get-pickup-methods",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PickupMethodsAllQuery],
    ) -> Iterator[PickupMethod]:
        """`GET /v3/pickup/methods` (get-pickup-methods).

        Yields every `PickupMethod` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PickupMethodsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "pickup/methods",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[PickupMethod]]] = Operation(
        method="POST",
        path="pickup/methods",
        version="v3",
        result="many",
        model=PickupMethod,
        body_type=list[MethodCreateManyItem],
        envelope=True,
        operation_id="post-pickup-methods",
    )

    def create_many(
        self,
        body: list[MethodCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[PickupMethod]:
        """`POST /v3/pickup/methods` (post-pickup-methods).

        Returns a list of `PickupMethod` objects.

        Args:
            body: `list[MethodCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "pickup/methods",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="pickup/methods",
        version="v3",
        result="nothing",
        query_type=V3PickupMethodsDeleteManyQuery,
        operation_id="delete-pickup-methods",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PickupMethodsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/pickup/methods` (delete-pickup-methods).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3PickupMethodsDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "pickup/methods",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[PickupMethod]]] = Operation(
        method="PUT",
        path="pickup/methods",
        version="v3",
        result="many",
        model=PickupMethod,
        body_type=list[MethodUpdateManyItem],
        envelope=True,
        operation_id="put-pickup-methods",
    )

    def update_many(
        self,
        body: list[MethodUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[PickupMethod]:
        """`PUT /v3/pickup/methods` (put-pickup-methods).

        Returns a list of `PickupMethod` objects.

        Args:
            body: `list[MethodUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "pickup/methods",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
