# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersAddresses` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_address import CustomerAddress
from ..models.customer_address_create_many_item import CustomerAddressCreateManyItem
from ..models.customer_address_update_many_item import CustomerAddressUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CustomersAddressesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    company__in: list[str]
    """Sent as `company:in`."""
    customer_id__in: list[int]
    """Sent as `customer_id:in`."""
    id__in: list[int]
    """Sent as `id:in`."""
    include: list[Literal["formfields"]]
    limit: int | float
    name__in: list[str]
    """Sent as `name:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersAddressesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3CustomersAddresses(NodeResource):
    """`api.customers.addresses` (v3): all, iterall, create_many, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[CustomerAddress]]] = Operation(
        method="GET",
        path="customers/addresses",
        version="v3",
        result="many",
        model=CustomerAddress,
        query_type=V3CustomersAddressesAllQuery,
        envelope=True,
        operation_id="getCustomersAddresses",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAddressesAllQuery],
    ) -> list[CustomerAddress]:
        """`GET /v3/customers/addresses` (getCustomersAddresses).

        Returns one page of `CustomerAddress` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersAddressesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "customers/addresses",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomerAddress]]] = Operation(
        method="GET",
        path="customers/addresses",
        version="v3",
        result="pages",
        model=CustomerAddress,
        query_type=V3CustomersAddressesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCustomersAddresses",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAddressesAllQuery],
    ) -> Iterator[CustomerAddress]:
        """`GET /v3/customers/addresses` (getCustomersAddresses).

        Yields every `CustomerAddress` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersAddressesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customers/addresses",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[CustomerAddress]]] = Operation(
        method="POST",
        path="customers/addresses",
        version="v3",
        result="many",
        model=CustomerAddress,
        body_type=list[CustomerAddressCreateManyItem],
        envelope=True,
        operation_id="createCustomersAddresses",
    )

    def create_many(
        self,
        body: list[CustomerAddressCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerAddress]:
        """`POST /v3/customers/addresses` (createCustomersAddresses).

        Returns a list of `CustomerAddress` objects.

        Args:
            body: `list[CustomerAddressCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "customers/addresses",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/addresses",
        version="v3",
        result="nothing",
        query_type=V3CustomersAddressesDeleteManyQuery,
        operation_id="deleteCustomersAddresses",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAddressesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/customers/addresses` (deleteCustomersAddresses).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3CustomersAddressesDeleteManyQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "customers/addresses",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CustomerAddress]]] = Operation(
        method="PUT",
        path="customers/addresses",
        version="v3",
        result="many",
        model=CustomerAddress,
        body_type=list[CustomerAddressUpdateManyItem],
        envelope=True,
        operation_id="updateCustomersAddresses",
    )

    def update_many(
        self,
        body: list[CustomerAddressUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerAddress]:
        """`PUT /v3/customers/addresses` (updateCustomersAddresses).

        Returns a list of `CustomerAddress` objects.

        Args:
            body: `list[CustomerAddressUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "customers/addresses",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
