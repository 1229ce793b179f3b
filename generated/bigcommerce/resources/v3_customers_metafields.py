# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_customers_metafields_request_item import (
    CreateCustomersMetafieldsRequestItemCreate,
)
from ..models.customers_v3_metafield_full import CustomersV3MetafieldFull
from ..models.metafield_base_post import MetafieldBasePostCreate
from ..models.products_catalog_v3_metafield import ProductsCatalogV3Metafield
from ..models.update_customer_metafield_request import UpdateCustomerMetafieldRequestUpdate
from ..models.update_customers_metafields_request_item import (
    UpdateCustomersMetafieldsRequestItemUpdate,
)


@with_config(REQUEST_CONFIG)
class V3CustomersMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created__max: str
    date_created__min: str
    date_modified__max: str
    date_modified__min: str
    direction: Literal["asc", "desc"]
    include_fields: list[
        Literal[
            "resource_id",
            "key",
            "value",
            "namespace",
            "permission_set",
            "resource_type",
            "description",
            "owner_client_id",
            "date_created",
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersMetafieldsGetCustomersMetafieldsQuery(TypedDict, total=False):
    """Query parameters of `get_customers_metafields`; `x__in` is sent as `x:in`; unknown keys
    are refused.
    """

    after: str
    before: str
    date_created__max: str
    date_created__min: str
    date_modified__max: str
    date_modified__min: str
    direction: Literal["asc", "desc"]
    include_fields: list[
        Literal[
            "resource_id",
            "key",
            "value",
            "namespace",
            "permission_set",
            "resource_type",
            "description",
            "owner_client_id",
            "date_created",
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersMetafieldsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    metafieldId: int


class V3CustomersMetafields(NodeResource):
    """`api.customers.metafields` (v3): all, iterall, create, create_many, delete, delete_all,
    get, get_customers_metafields, update, update_many.
    """

    _version = "v3"

    def all(
        self, **query: Unpack[V3CustomersMetafieldsAllQuery]
    ) -> list[ProductsCatalogV3Metafield]:
        """`GET /v3/customers/metafields` (getAllCustomersMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "GET",
            "customers/metafields",
            query,
            V3CustomersMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CustomersMetafieldsAllQuery]
    ) -> Iterator[ProductsCatalogV3Metafield]:
        """Every item of every page of `GET /v3/customers/metafields`
        (getAllCustomersMetafields), one page in memory at a time. `prefetch=N` fetches up to
        N more pages ahead, in the background.
        """
        return self._pages(
            ProductsCatalogV3Metafield,
            "GET",
            "customers/metafields",
            query,
            V3CustomersMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(
        self, customer_id: int, body: MetafieldBasePostCreate, /
    ) -> list[ProductsCatalogV3Metafield]:
        """`POST /v3/customers/{customer_id}/metafields` (createCustomerMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "POST",
            f"customers/{segment(customer_id)}/metafields",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateCustomersMetafieldsRequestItemCreate], /
    ) -> list[ProductsCatalogV3Metafield]:
        """`POST /v3/customers/metafields` (createCustomersMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "POST",
            "customers/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateCustomersMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, customer_id: int, metafield_id: int, /) -> None:
        """`DELETE /v3/customers/{customer_id}/metafields/{metafield_id}`
        (deleteCustomerMetafieldsId).
        """
        return self._nothing(
            "DELETE",
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
        )

    def delete_all(self) -> list[int]:
        """`DELETE /v3/customers/metafields` (deleteCustomersMetafields)."""
        return self._value(list[int], "DELETE", "customers/metafields", {}, None, envelope=True)

    def get(self, customer_id: int, metafield_id: int, /) -> CustomersV3MetafieldFull:
        """`GET /v3/customers/{customer_id}/metafields/{metafield_id}` (getMetafieldsCustomerId)."""
        return self._one(
            CustomersV3MetafieldFull,
            "GET",
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            envelope=True,
        )

    def get_customers_metafields(
        self, customer_id: int, /, **query: Unpack[V3CustomersMetafieldsGetCustomersMetafieldsQuery]
    ) -> list[CustomersV3MetafieldFull]:
        """`GET /v3/customers/{customer_id}/metafields` (getCustomersMetafields)."""
        return self._many(
            CustomersV3MetafieldFull,
            "GET",
            f"customers/{segment(customer_id)}/metafields",
            query,
            V3CustomersMetafieldsGetCustomersMetafieldsQuery,
            envelope=True,
        )

    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: UpdateCustomerMetafieldRequestUpdate,
        /,
        **query: Unpack[V3CustomersMetafieldsUpdateQuery],
    ) -> list[ProductsCatalogV3Metafield]:
        """`PUT /v3/customers/{customer_id}/metafields/{metafield_id}` (updateCustomerMetafield)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "PUT",
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            query,
            V3CustomersMetafieldsUpdateQuery,
            body=body,
            body_type=UpdateCustomerMetafieldRequestUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateCustomersMetafieldsRequestItemUpdate], /
    ) -> list[ProductsCatalogV3Metafield]:
        """`PUT /v3/customers/metafields` (updateCustomersMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "PUT",
            "customers/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateCustomersMetafieldsRequestItemUpdate],
            envelope=True,
        )
