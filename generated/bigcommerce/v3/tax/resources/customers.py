# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxCustomers` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_update_many_item_data import (
    CustomerUpdateManyItemData,
    CustomerUpdateManyItemDataBody,
)


@with_config(REQUEST_CONFIG)
class V3TaxCustomersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    customer_id__in: list[int]
    """Sent as `customer_id:in`."""


@with_config(REQUEST_CONFIG)
class V3TaxCustomersDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    customer_id__in: list[int]
    """Sent as `customer_id:in`."""


class V3TaxCustomers(NodeResource):
    """`api.tax.customers` (v3): all, delete_all, update_many."""

    _op_all: ClassVar[Operation[list[CustomerUpdateManyItemData]]] = Operation(
        method="GET",
        path="tax/customers",
        version="v3",
        result="many",
        model=CustomerUpdateManyItemData,
        query_type=V3TaxCustomersAllQuery,
        envelope=True,
        operation_id="getTaxCustomers",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxCustomersAllQuery],
    ) -> list[CustomerUpdateManyItemData]:
        """`GET /v3/tax/customers` (getTaxCustomers).

        Returns a list of `CustomerUpdateManyItemData` objects.

        Args:
            query: the query parameters (`V3TaxCustomersAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "tax/customers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/customers",
        version="v3",
        result="nothing",
        query_type=V3TaxCustomersDeleteAllQuery,
        operation_id="deleteTaxCustomers",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxCustomersDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/tax/customers` (deleteTaxCustomers).

        Returns None (the answer has no body).

        Args:
            query: the query parameters (`V3TaxCustomersDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "tax/customers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CustomerUpdateManyItemData]]] = Operation(
        method="PUT",
        path="tax/customers",
        version="v3",
        result="many",
        model=CustomerUpdateManyItemData,
        body_type=list[CustomerUpdateManyItemDataBody],
        envelope=True,
        operation_id="updateTaxCustomers",
    )

    def update_many(
        self,
        body: list[CustomerUpdateManyItemDataBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerUpdateManyItemData]:
        """`PUT /v3/tax/customers` (updateTaxCustomers).

        Returns a list of `CustomerUpdateManyItemData` objects.

        Args:
            body: `list[CustomerUpdateManyItemDataBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "tax/customers",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
