# Generated from spec/v2/customer_groups.yaml by codegen (`make generate`); do not edit.
"""The `CustomerGroups` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.customer_group import CustomerGroup, CustomerGroupCreate, CustomerGroupUpdate

CustomerGroupsFilters = TypedDict(
    "CustomerGroupsFilters",
    {
        "name": str,
        "name:like": str,
        "is_default": bool,
        "is_group_for_guests": bool,
        "date_created": _dt.datetime | _dt.date | str,
        "date_created:min": _dt.datetime | _dt.date | str,
        "date_created:max": _dt.datetime | _dt.date | str,
        "date_modified": _dt.datetime | _dt.date | str,
        "date_modified:min": _dt.datetime | _dt.date | str,
        "date_modified:max": _dt.datetime | _dt.date | str,
        "page": int,
        "limit": int,
    },
    total=False,
)
"""Query filters of `CustomerGroups`; unknown keys are refused."""
with_config(REQUEST_CONFIG)(CustomerGroupsFilters)


class CustomerGroups(Resource):
    """`customer_groups` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[CustomerGroupsFilters]) -> list[CustomerGroup]:
        """One page of CustomerGroup objects: `GET customer_groups`."""
        return self._list(CustomerGroup, "customer_groups", filters, CustomerGroupsFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[CustomerGroupsFilters]
    ) -> Iterator[CustomerGroup]:
        """Every CustomerGroup of `GET customer_groups`, page after page, one page in memory at a
        time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            CustomerGroup,
            "customer_groups",
            filters,
            CustomerGroupsFilters,
            prefetch=prefetch,
            count_path="customer_groups/count",
        )

    def get(self, id: Id, /) -> CustomerGroup:
        """One CustomerGroup by id: `GET customer_groups/{id}`."""
        return self._get(CustomerGroup, f"customer_groups/{segment(id)}")

    def create(self, **fields: Unpack[CustomerGroupCreate]) -> CustomerGroup:
        """Create a CustomerGroup: `POST customer_groups`; returns it as stored."""
        return self._write(CustomerGroup, "POST", "customer_groups", fields, CustomerGroupCreate)

    def update(self, id: Id, /, **fields: Unpack[CustomerGroupUpdate]) -> CustomerGroup:
        """Change a CustomerGroup: `PUT customer_groups/{id}`; returns it as stored."""
        return self._write(
            CustomerGroup, "PUT", f"customer_groups/{segment(id)}", fields, CustomerGroupUpdate
        )

    def delete(self, id: Id, /) -> None:
        """Delete one CustomerGroup: `DELETE customer_groups/{id}`."""
        return self._delete(f"customer_groups/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every CustomerGroup: `DELETE customer_groups`."""
        return self._delete("customer_groups")

    def count(self, **filters: Unpack[CustomerGroupsFilters]) -> int:
        """How many CustomerGroup objects match: `GET customer_groups/count`."""
        return self._count("customer_groups/count", filters, CustomerGroupsFilters)
