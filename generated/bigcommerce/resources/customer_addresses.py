# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddresses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.customer_address import CustomerAddress, CustomerAddressCreate, CustomerAddressUpdate


@with_config(REQUEST_CONFIG)
class CustomerAddressesFilters(TypedDict, total=False):
    """Query filters of `CustomerAddresses`; unknown keys are refused."""

    page: int
    limit: int


class CustomerAddresses(Resource):
    """`customers/{customer_id}/addresses` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[CustomerAddressesFilters]
    ) -> list[CustomerAddress]:
        """One page of CustomerAddress objects: `GET customers/{parentid}/addresses`."""
        return self._list(
            CustomerAddress,
            f"customers/{segment(parentid)}/addresses"
            if parentid is not None
            else "customers/addresses",
            filters,
            CustomerAddressesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[CustomerAddressesFilters],
    ) -> Iterator[CustomerAddress]:
        """Every CustomerAddress of `GET customers/{parentid}/addresses`, page after page, one
        page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._iterate(
            CustomerAddress,
            f"customers/{segment(parentid)}/addresses"
            if parentid is not None
            else "customers/addresses",
            filters,
            CustomerAddressesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"customers/{segment(parentid)}/addresses/count"
            if parentid is not None
            else None,
        )

    def get(self, parentid: Id, id: Id, /) -> CustomerAddress:
        """One CustomerAddress by id: `GET customers/{parentid}/addresses/{id}`."""
        return self._get(
            CustomerAddress, f"customers/{segment(parentid)}/addresses/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[CustomerAddressCreate]) -> CustomerAddress:
        """Create a CustomerAddress: `POST customers/{parentid}/addresses`; returns it as stored."""
        return self._write(
            CustomerAddress,
            "POST",
            f"customers/{segment(parentid)}/addresses",
            fields,
            CustomerAddressCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[CustomerAddressUpdate]
    ) -> CustomerAddress:
        """Change a CustomerAddress: `PUT customers/{parentid}/addresses/{id}`; returns it as
        stored.
        """
        return self._write(
            CustomerAddress,
            "PUT",
            f"customers/{segment(parentid)}/addresses/{segment(id)}",
            fields,
            CustomerAddressUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one CustomerAddress: `DELETE customers/{parentid}/addresses/{id}`."""
        return self._delete(f"customers/{segment(parentid)}/addresses/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every CustomerAddress: `DELETE customers/{parentid}/addresses`."""
        return self._delete(f"customers/{segment(parentid)}/addresses")

    def count(self, parentid: Id, **filters: Unpack[CustomerAddressesFilters]) -> int:
        """How many CustomerAddress objects match: `GET customers/{parentid}/addresses/count`."""
        return self._count(
            f"customers/{segment(parentid)}/addresses/count", filters, CustomerAddressesFilters
        )
