# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersFormFieldValues` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_form_field_value import CustomerFormFieldValue
from ..models.customer_form_field_value_update_many_item import CustomerFormFieldValueUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CustomersFormFieldValuesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    address_id: int
    after: str
    before: str
    customer_id: int
    field_name: str
    field_type: Literal[
        "checkboxes", "date", "multiline", "numbers", "password", "radiobuttons", "text", "picklist"
    ]
    limit: int | float
    page: int


class V3CustomersFormFieldValues(NodeResource):
    """`api.customers.form_field_values` (v3): all, iterall, update_many."""

    _op_all: ClassVar[Operation[list[CustomerFormFieldValue]]] = Operation(
        method="GET",
        path="customers/form-field-values",
        version="v3",
        result="many",
        model=CustomerFormFieldValue,
        query_type=V3CustomersFormFieldValuesAllQuery,
        envelope=True,
        operation_id="getCustomersFormFieldValues",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersFormFieldValuesAllQuery],
    ) -> list[CustomerFormFieldValue]:
        """`GET /v3/customers/form-field-values` (getCustomersFormFieldValues).

        Returns one page of `CustomerFormFieldValue` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersFormFieldValuesAllQuery`).
        """
        return self._call(
            self._op_all,
            "customers/form-field-values",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomerFormFieldValue]]] = Operation(
        method="GET",
        path="customers/form-field-values",
        version="v3",
        result="pages",
        model=CustomerFormFieldValue,
        query_type=V3CustomersFormFieldValuesAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getCustomersFormFieldValues",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersFormFieldValuesAllQuery],
    ) -> Iterator[CustomerFormFieldValue]:
        """`GET /v3/customers/form-field-values` (getCustomersFormFieldValues).

        Yields every `CustomerFormFieldValue` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersFormFieldValuesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "customers/form-field-values",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CustomerFormFieldValue]]] = Operation(
        method="PUT",
        path="customers/form-field-values",
        version="v3",
        result="many",
        model=CustomerFormFieldValue,
        body_type=list[CustomerFormFieldValueUpdateManyItem],
        envelope=True,
        operation_id="updateCustomerFormFieldValues",
    )

    def update_many(
        self,
        body: list[CustomerFormFieldValueUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerFormFieldValue]:
        """`PUT /v3/customers/form-field-values` (updateCustomerFormFieldValues).

        Returns a list of `CustomerFormFieldValue` objects.

        Args:
            body: `list[CustomerFormFieldValueUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "customers/form-field-values",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
