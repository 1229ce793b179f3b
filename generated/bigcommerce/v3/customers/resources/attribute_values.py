# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersAttributeValues` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.attribute import Attribute
from ..models.customer_attribute_value_upsert_item import CustomerAttributeValueUpsertItem


@with_config(REQUEST_CONFIG)
class V3CustomersAttributeValuesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    attribute_id__in: list[int]
    """Sent as `attribute_id:in`."""
    customer_id__in: list[int]
    """Sent as `customer_id:in`."""
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
    limit: int | float
    name: str
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersAttributeValuesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3CustomersAttributeValues(NodeResource):
    """`api.customers.attribute_values` (v3): all, iterall, delete_many, upsert."""

    _op_all: ClassVar[Operation[list[Attribute]]] = Operation(
        method="GET",
        path="customers/attribute-values",
        version="v3",
        result="many",
        model=Attribute,
        query_type=V3CustomersAttributeValuesAllQuery,
        envelope=True,
        operation_id="getCustomersAttributeValues",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAttributeValuesAllQuery],
    ) -> list[Attribute]:
        """`GET /v3/customers/attribute-values` (getCustomersAttributeValues).

        Returns one page of `Attribute` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersAttributeValuesAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_all,
            "customers/attribute-values",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Attribute]]] = Operation(
        method="GET",
        path="customers/attribute-values",
        version="v3",
        result="pages",
        model=Attribute,
        query_type=V3CustomersAttributeValuesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCustomersAttributeValues",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAttributeValuesAllQuery],
    ) -> Iterator[Attribute]:
        """`GET /v3/customers/attribute-values` (getCustomersAttributeValues).

        Yields every `Attribute` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersAttributeValuesAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customers/attribute-values",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/attribute-values",
        version="v3",
        result="nothing",
        query_type=V3CustomersAttributeValuesDeleteManyQuery,
        operation_id="deleteCustomersAttributeValues",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersAttributeValuesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/customers/attribute-values` (deleteCustomersAttributeValues).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3CustomersAttributeValuesDeleteManyQuery`); `x__in`
                is sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "customers/attribute-values",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[list[Attribute]]] = Operation(
        method="PUT",
        path="customers/attribute-values",
        version="v3",
        result="many",
        model=Attribute,
        body_type=list[CustomerAttributeValueUpsertItem],
        envelope=True,
        batch_limit=10,
        operation_id="upsertCustomersAttributeValues",
    )

    def upsert(
        self,
        body: list[CustomerAttributeValueUpsertItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Attribute]:
        """`PUT /v3/customers/attribute-values` (upsertCustomersAttributeValues).

        Returns a list of `Attribute` objects.

        Sends at most 10 items a request: a longer list is sent in chunks of 10, one request after
        another.

        Args:
            body: `list[CustomerAttributeValueUpsertItem]`, the request body; sent 10
                items a request.
        """
        return self._call(
            self._op_upsert,
            "customers/attribute-values",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
