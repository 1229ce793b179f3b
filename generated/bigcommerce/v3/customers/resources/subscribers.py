# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSubscribers` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_subscriber_create import CustomerSubscriberCreate, CustomerSubscriberUpdate
from ..models.subscriber import Subscriber


@with_config(REQUEST_CONFIG)
class V3CustomersSubscribersAllQuery(TypedDict, total=False):
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
    email: str
    first_name: str
    id: int
    id__in: list[int]
    """Sent as `id:in`."""
    last_name: str
    limit: int
    order_id: int
    page: int
    source: str


@with_config(REQUEST_CONFIG)
class V3CustomersSubscribersDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    email: str
    first_name: str
    last_name: str
    order_id: int
    source: str


class V3CustomersSubscribers(NodeResource):
    """`api.customers.subscribers` (v3): all, iterall, create, delete, delete_all, get, update."""

    _op_all: ClassVar[Operation[list[Subscriber]]] = Operation(
        method="GET",
        path="customers/subscribers",
        version="v3",
        result="many",
        model=Subscriber,
        query_type=V3CustomersSubscribersAllQuery,
        envelope=True,
        operation_id="getSubscribers",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersSubscribersAllQuery],
    ) -> list[Subscriber]:
        """`GET /v3/customers/subscribers` (getSubscribers).

        Returns one page of `Subscriber` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersSubscribersAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "customers/subscribers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Subscriber]]] = Operation(
        method="GET",
        path="customers/subscribers",
        version="v3",
        result="pages",
        model=Subscriber,
        query_type=V3CustomersSubscribersAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getSubscribers",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersSubscribersAllQuery],
    ) -> Iterator[Subscriber]:
        """`GET /v3/customers/subscribers` (getSubscribers).

        Yields every `Subscriber` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersSubscribersAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customers/subscribers",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Subscriber]] = Operation(
        method="POST",
        path="customers/subscribers",
        version="v3",
        result="one",
        model=Subscriber,
        body_type=CustomerSubscriberCreate,
        envelope=True,
        operation_id="createSubscriber",
    )

    def create(
        self,
        body: CustomerSubscriberCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Subscriber:
        """`POST /v3/customers/subscribers` (createSubscriber).

        Returns one `Subscriber`.

        Args:
            body: `CustomerSubscriberCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "customers/subscribers",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/subscribers/{subscriber_id}",
        version="v3",
        result="nothing",
        operation_id="deleteSubscriber",
    )

    def delete(
        self,
        subscriber_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/customers/subscribers/{subscriber_id}` (deleteSubscriber).

        Returns None (the answer has no body).

        Args:
            subscriber_id: `int`, the path's `{subscriber_id}`.
        """
        return self._call(
            self._op_delete,
            f"customers/subscribers/{segment(subscriber_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/subscribers",
        version="v3",
        result="nothing",
        query_type=V3CustomersSubscribersDeleteAllQuery,
        operation_id="deleteSubscribers",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersSubscribersDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/customers/subscribers` (deleteSubscribers).

        Returns None (the answer has no body).

        Args:
            query: the query parameters (`V3CustomersSubscribersDeleteAllQuery`).
        """
        return self._call(
            self._op_delete_all,
            "customers/subscribers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Subscriber]] = Operation(
        method="GET",
        path="customers/subscribers/{subscriber_id}",
        version="v3",
        result="one",
        model=Subscriber,
        envelope=True,
        operation_id="getSubscriber",
    )

    def get(
        self,
        subscriber_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Subscriber:
        """`GET /v3/customers/subscribers/{subscriber_id}` (getSubscriber).

        Returns one `Subscriber`.

        Args:
            subscriber_id: `int`, the path's `{subscriber_id}`.
        """
        return self._call(
            self._op_get,
            f"customers/subscribers/{segment(subscriber_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Subscriber]] = Operation(
        method="PUT",
        path="customers/subscribers/{subscriber_id}",
        version="v3",
        result="one",
        model=Subscriber,
        body_type=CustomerSubscriberUpdate,
        envelope=True,
        operation_id="updateSubscriber",
    )

    def update(
        self,
        subscriber_id: int,
        body: CustomerSubscriberUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Subscriber:
        """`PUT /v3/customers/subscribers/{subscriber_id}` (updateSubscriber).

        Returns one `Subscriber`.

        Args:
            subscriber_id: `int`, the path's `{subscriber_id}`.
            body: `CustomerSubscriberUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"customers/subscribers/{segment(subscriber_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
