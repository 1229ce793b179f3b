# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersAttributes` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_attribute import CustomerAttribute
from ..models.customer_attribute_create_many_item import CustomerAttributeCreateManyItem
from ..models.customer_attribute_update_many_item import CustomerAttributeUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CustomersAttributesAllQuery(TypedDict, total=False):
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
    limit: int | float
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int
    type: str


@with_config(REQUEST_CONFIG)
class V3CustomersAttributesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3CustomersAttributes(NodeResource):
    """`api.customers.attributes` (v3): all, create_many, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[CustomerAttribute]]] = Operation(
        method="GET",
        path="customers/attributes",
        version="v3",
        result="many",
        model=CustomerAttribute,
        query_type=V3CustomersAttributesAllQuery,
        envelope=True,
        operation_id="getCustomersAttributes",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAttributesAllQuery],
    ) -> list[CustomerAttribute]:
        """`GET /v3/customers/attributes` (getCustomersAttributes).

        Returns a list of `CustomerAttribute` objects.

        Args:
            query: the query parameters (`V3CustomersAttributesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "customers/attributes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[CustomerAttribute]]] = Operation(
        method="POST",
        path="customers/attributes",
        version="v3",
        result="many",
        model=CustomerAttribute,
        body_type=list[CustomerAttributeCreateManyItem],
        envelope=True,
        operation_id="createCustomersAttributes",
    )

    def create_many(
        self,
        body: list[CustomerAttributeCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerAttribute]:
        """`POST /v3/customers/attributes` (createCustomersAttributes).

        Returns a list of `CustomerAttribute` objects.

        Args:
            body: `list[CustomerAttributeCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "customers/attributes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/attributes",
        version="v3",
        result="nothing",
        query_type=V3CustomersAttributesDeleteManyQuery,
        operation_id="deleteCustomersAttributes",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAttributesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/customers/attributes` (deleteCustomersAttributes).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3CustomersAttributesDeleteManyQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "customers/attributes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CustomerAttribute]]] = Operation(
        method="PUT",
        path="customers/attributes",
        version="v3",
        result="many",
        model=CustomerAttribute,
        body_type=list[CustomerAttributeUpdateManyItem],
        envelope=True,
        operation_id="updateCustomersAttributes",
    )

    def update_many(
        self,
        body: list[CustomerAttributeUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerAttribute]:
        """`PUT /v3/customers/attributes` (updateCustomersAttributes).

        Returns a list of `CustomerAttribute` objects.

        Args:
            body: `list[CustomerAttributeUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "customers/attributes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
