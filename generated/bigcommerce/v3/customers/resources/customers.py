# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3Customers` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer import Customer
from ..models.customer_create_many_item import CustomerCreateManyItem
from ..models.customer_update_many_item import CustomerUpdateManyItem
from ..models.customer_validate_credentials import CustomerValidateCredentials
from ..models.validate_customer_credentials import ValidateCustomerCredentials

if TYPE_CHECKING:
    from .addresses import V3CustomersAddresses
    from .attribute_values import V3CustomersAttributeValues
    from .attributes import V3CustomersAttributes
    from .consent import V3CustomersConsent
    from .form_field_values import V3CustomersFormFieldValues
    from .metafields import V3CustomersMetafields
    from .settings import V3CustomersSettings
    from .stored_instruments import V3CustomersStoredInstruments
    from .subscribers import V3CustomersSubscribers


@with_config(REQUEST_CONFIG)
class V3CustomersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    company__in: list[str]
    """Sent as `company:in`."""
    customer_group_id__in: list[str]
    """Sent as `customer_group_id:in`."""
    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: _dt.datetime | _dt.date | str
    """Sent as `date_created:min`."""
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
    email__in: list[str]
    """Sent as `email:in`."""
    id__in: list[int]
    """Sent as `id:in`."""
    include: list[
        Literal[
            "addresses",
            "storecredit",
            "attributes",
            "formfields",
            "shopper_profile_id",
            "segment_ids",
        ]
    ]
    limit: int | float
    name__in: list[str]
    """Sent as `name:in`."""
    name__like: list[str]
    """Sent as `name:like`."""
    page: int
    phone__in: str
    """Sent as `phone:in`."""
    registration_ip_address__in: list[int]
    """Sent as `registration_ip_address:in`."""
    sort: Literal[
        "date_created:asc",
        "date_created:desc",
        "last_name:asc",
        "last_name:desc",
        "date_modified:asc",
        "date_modified:desc",
    ]


@with_config(REQUEST_CONFIG)
class V3CustomersDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3Customers(NodeResource):
    """`api.customers` (v3): all, iterall, create_many, delete_many, update_many,
    validate_credentials.
    """

    @cached_property
    def addresses(self) -> V3CustomersAddresses:
        from .addresses import V3CustomersAddresses

        return V3CustomersAddresses(self._connection)

    @cached_property
    def attribute_values(self) -> V3CustomersAttributeValues:
        from .attribute_values import V3CustomersAttributeValues

        return V3CustomersAttributeValues(self._connection)

    @cached_property
    def attributes(self) -> V3CustomersAttributes:
        from .attributes import V3CustomersAttributes

        return V3CustomersAttributes(self._connection)

    @cached_property
    def consent(self) -> V3CustomersConsent:
        from .consent import V3CustomersConsent

        return V3CustomersConsent(self._connection)

    @cached_property
    def form_field_values(self) -> V3CustomersFormFieldValues:
        from .form_field_values import V3CustomersFormFieldValues

        return V3CustomersFormFieldValues(self._connection)

    @cached_property
    def metafields(self) -> V3CustomersMetafields:
        from .metafields import V3CustomersMetafields

        return V3CustomersMetafields(self._connection)

    @cached_property
    def settings(self) -> V3CustomersSettings:
        from .settings import V3CustomersSettings

        return V3CustomersSettings(self._connection)

    @cached_property
    def stored_instruments(self) -> V3CustomersStoredInstruments:
        from .stored_instruments import V3CustomersStoredInstruments

        return V3CustomersStoredInstruments(self._connection)

    @cached_property
    def subscribers(self) -> V3CustomersSubscribers:
        from .subscribers import V3CustomersSubscribers

        return V3CustomersSubscribers(self._connection)

    _op_all: ClassVar[Operation[list[Customer]]] = Operation(
        method="GET",
        path="customers",
        version="v3",
        result="many",
        model=Customer,
        query_type=V3CustomersAllQuery,
        envelope=True,
        operation_id="getCustomers",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAllQuery],
    ) -> list[Customer]:
        """`GET /v3/customers` (getCustomers).

        Returns one page of `Customer` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "customers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Customer]]] = Operation(
        method="GET",
        path="customers",
        version="v3",
        result="pages",
        model=Customer,
        query_type=V3CustomersAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getCustomers",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAllQuery],
    ) -> Iterator[Customer]:
        """`GET /v3/customers` (getCustomers).

        Yields every `Customer` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customers",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Customer]]] = Operation(
        method="POST",
        path="customers",
        version="v3",
        result="many",
        model=Customer,
        body_type=list[CustomerCreateManyItem],
        envelope=True,
        batch_limit=10,
        operation_id="createCustomers",
    )

    def create_many(
        self,
        body: list[CustomerCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Customer]:
        """`POST /v3/customers` (createCustomers).

        Returns a list of `Customer` objects.

        Sends at most 10 items a request: a longer list is sent in chunks of 10, one request after
        another.

        Args:
            body: `list[CustomerCreateManyItem]`, the request body; sent 10 items a
                request.
        """
        return self._call(
            self._op_create_many,
            "customers",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers",
        version="v3",
        result="nothing",
        query_type=V3CustomersDeleteManyQuery,
        operation_id="deleteCustomers",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/customers` (deleteCustomers).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3CustomersDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "customers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Customer]]] = Operation(
        method="PUT",
        path="customers",
        version="v3",
        result="many",
        model=Customer,
        body_type=list[CustomerUpdateManyItem],
        envelope=True,
        batch_limit=10,
        operation_id="updateCustomers",
    )

    def update_many(
        self,
        body: list[CustomerUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Customer]:
        """`PUT /v3/customers` (updateCustomers).

        Returns a list of `Customer` objects.

        Sends at most 10 items a request: a longer list is sent in chunks of 10, one request after
        another.

        Args:
            body: `list[CustomerUpdateManyItem]`, the request body; sent 10 items a
                request.
        """
        return self._call(
            self._op_update_many,
            "customers",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_validate_credentials: ClassVar[Operation[ValidateCustomerCredentials]] = Operation(
        method="POST",
        path="customers/validate-credentials",
        version="v3",
        result="one",
        model=ValidateCustomerCredentials,
        body_type=CustomerValidateCredentials,
        operation_id="validateCustomerCredentials",
    )

    def validate_credentials(
        self,
        body: CustomerValidateCredentials,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ValidateCustomerCredentials:
        """`POST /v3/customers/validate-credentials` (validateCustomerCredentials).

        Returns one `ValidateCustomerCredentials`.

        Args:
            body: `CustomerValidateCredentials`, the request body.
        """
        return self._call(
            self._op_validate_credentials,
            "customers/validate-credentials",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
