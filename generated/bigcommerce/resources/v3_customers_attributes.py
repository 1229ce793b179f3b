# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersAttributes` resource (v3)."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.attribute_post import AttributePostCreate
from ..models.attribute_put import AttributePutUpdate
from ..models.customer_attributes_response_data_item import CustomerAttributesResponseDataItem


@with_config(REQUEST_CONFIG)
class V3CustomersAttributesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    date_created: _dt.datetime | _dt.date | str
    date_created__max: _dt.datetime | _dt.date | str
    date_created__min: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    date_modified__min: _dt.datetime | _dt.date | str
    limit: float
    name: str
    name__like: str
    page: int
    type: str


@with_config(REQUEST_CONFIG)
class V3CustomersAttributesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: Required[list[int]]


class V3CustomersAttributes(NodeResource):
    """`api.customers.attributes` (v3): all, create_many, delete_many, update_many."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3CustomersAttributesAllQuery]
    ) -> list[CustomerAttributesResponseDataItem]:
        """`GET /v3/customers/attributes` (getCustomersAttributes)."""
        return self._many(
            CustomerAttributesResponseDataItem,
            "GET",
            "customers/attributes",
            query,
            V3CustomersAttributesAllQuery,
            envelope=True,
        )

    def create_many(
        self, body: list[AttributePostCreate], /
    ) -> list[CustomerAttributesResponseDataItem]:
        """`POST /v3/customers/attributes` (createCustomersAttributes)."""
        return self._many(
            CustomerAttributesResponseDataItem,
            "POST",
            "customers/attributes",
            {},
            None,
            body=body,
            body_type=list[AttributePostCreate],
            envelope=True,
        )

    def delete_many(self, **query: Unpack[V3CustomersAttributesDeleteManyQuery]) -> None:
        """`DELETE /v3/customers/attributes` (deleteCustomersAttributes)."""
        return self._nothing(
            "DELETE", "customers/attributes", query, V3CustomersAttributesDeleteManyQuery
        )

    def update_many(
        self, body: list[AttributePutUpdate], /
    ) -> list[CustomerAttributesResponseDataItem]:
        """`PUT /v3/customers/attributes` (updateCustomersAttributes)."""
        return self._many(
            CustomerAttributesResponseDataItem,
            "PUT",
            "customers/attributes",
            {},
            None,
            body=body,
            body_type=list[AttributePutUpdate],
            envelope=True,
        )
