# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSubscribers` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.subscriber_base import SubscriberBaseCreate, SubscriberBaseUpdate
from ..models.subscriber_full import SubscriberFull


@with_config(REQUEST_CONFIG)
class V3CustomersSubscribersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    date_created: _dt.datetime | _dt.date | str
    date_created__max: _dt.datetime | _dt.date | str
    date_created__min: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    date_modified__min: _dt.datetime | _dt.date | str
    email: str
    first_name: str
    id: Required[int]
    id__in: list[int]
    last_name: str
    limit: int
    order_id: int
    page: int
    source: str


@with_config(REQUEST_CONFIG)
class V3CustomersSubscribersDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    email: str
    first_name: str
    last_name: str
    order_id: int
    source: str


class V3CustomersSubscribers(NodeResource):
    """`api.customers.subscribers` (v3): all, iterall, create, delete, delete_all, get, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3CustomersSubscribersAllQuery]) -> list[SubscriberFull]:
        """`GET /v3/customers/subscribers` (getSubscribers)."""
        return self._many(
            SubscriberFull,
            "GET",
            "customers/subscribers",
            query,
            V3CustomersSubscribersAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CustomersSubscribersAllQuery]
    ) -> Iterator[SubscriberFull]:
        """Every item of every page of `GET /v3/customers/subscribers` (getSubscribers), one page
        in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            SubscriberFull,
            "GET",
            "customers/subscribers",
            query,
            V3CustomersSubscribersAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: SubscriberBaseCreate, /) -> SubscriberFull:
        """`POST /v3/customers/subscribers` (createSubscriber)."""
        return self._one(
            SubscriberFull,
            "POST",
            "customers/subscribers",
            {},
            None,
            body=body,
            body_type=SubscriberBaseCreate,
            envelope=True,
        )

    def delete(self, subscriber_id: int, /) -> None:
        """`DELETE /v3/customers/subscribers/{subscriber_id}` (deleteSubscriber)."""
        return self._nothing("DELETE", f"customers/subscribers/{segment(subscriber_id)}", {}, None)

    def delete_all(self, **query: Unpack[V3CustomersSubscribersDeleteAllQuery]) -> None:
        """`DELETE /v3/customers/subscribers` (deleteSubscribers)."""
        return self._nothing(
            "DELETE", "customers/subscribers", query, V3CustomersSubscribersDeleteAllQuery
        )

    def get(self, subscriber_id: int, /) -> SubscriberFull:
        """`GET /v3/customers/subscribers/{subscriber_id}` (getSubscriber)."""
        return self._one(
            SubscriberFull,
            "GET",
            f"customers/subscribers/{segment(subscriber_id)}",
            {},
            None,
            envelope=True,
        )

    def update(self, subscriber_id: int, body: SubscriberBaseUpdate, /) -> SubscriberFull:
        """`PUT /v3/customers/subscribers/{subscriber_id}` (updateSubscriber)."""
        return self._one(
            SubscriberFull,
            "PUT",
            f"customers/subscribers/{segment(subscriber_id)}",
            {},
            None,
            body=body,
            body_type=SubscriberBaseUpdate,
            envelope=True,
        )
