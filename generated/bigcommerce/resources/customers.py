# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `Customers` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.customer import Customer, CustomerCreate, CustomerUpdate


@with_config(REQUEST_CONFIG)
class CustomersFilters(TypedDict, total=False):
    """Query filters of `Customers`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    store_credit: Decimal | float | int | str
    customer_group_id: int
    tax_exempt_category: str
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    min_date_modified: _dt.datetime | _dt.date | str
    max_date_modified: _dt.datetime | _dt.date | str
    page: int
    limit: int


class Customers(Resource):
    """`customers` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[CustomersFilters]) -> list[Customer]:
        """One page of Customer objects: `GET customers`."""
        return self._list(Customer, "customers", filters, CustomersFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[CustomersFilters]
    ) -> Iterator[Customer]:
        """Every Customer of `GET customers`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Customer,
            "customers",
            filters,
            CustomersFilters,
            prefetch=prefetch,
            count_path="customers/count",
        )

    def get(self, id: Id, /) -> Customer:
        """One Customer by id: `GET customers/{id}`."""
        return self._get(Customer, f"customers/{segment(id)}")

    def create(self, **fields: Unpack[CustomerCreate]) -> Customer:
        """Create a Customer: `POST customers`; returns it as stored."""
        return self._write(Customer, "POST", "customers", fields, CustomerCreate)

    def update(self, id: Id, /, **fields: Unpack[CustomerUpdate]) -> Customer:
        """Change a Customer: `PUT customers/{id}`; returns it as stored."""
        return self._write(Customer, "PUT", f"customers/{segment(id)}", fields, CustomerUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Customer: `DELETE customers/{id}`."""
        return self._delete(f"customers/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Customer: `DELETE customers`."""
        return self._delete("customers")

    def count(self, **filters: Unpack[CustomersFilters]) -> int:
        """How many Customer objects match: `GET customers/count`."""
        return self._count("customers/count", filters, CustomersFilters)
