# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
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
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
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
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersMetafieldsGetCustomersMetafieldsQuery(TypedDict, total=False):
    """Query parameters of `get_customers_metafields`; `x__in` is sent as `x:in` (either spelling
    may be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
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
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CustomersMetafieldsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    metafieldId: int


class V3CustomersMetafields(NodeResource):
    """`api.customers.metafields` (v3): all, iterall, create, create_many, delete, delete_all,
    get, get_customers_metafields, update, update_many.
    """

    _op_all: ClassVar[Operation[list[ProductsCatalogV3Metafield]]] = Operation(
        method="GET",
        path="customers/metafields",
        version="v3",
        result="many",
        model=ProductsCatalogV3Metafield,
        query_type=V3CustomersMetafieldsAllQuery,
        envelope=True,
        operation_id="getAllCustomersMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsAllQuery],
    ) -> list[ProductsCatalogV3Metafield]:
        """`GET /v3/customers/metafields` (getAllCustomersMetafields).

        Returns one page of `ProductsCatalogV3Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CustomersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "customers/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductsCatalogV3Metafield]]] = Operation(
        method="GET",
        path="customers/metafields",
        version="v3",
        result="pages",
        model=ProductsCatalogV3Metafield,
        query_type=V3CustomersMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getAllCustomersMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsAllQuery],
    ) -> Iterator[ProductsCatalogV3Metafield]:
        """`GET /v3/customers/metafields` (getAllCustomersMetafields).

        Yields every `ProductsCatalogV3Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customers/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[list[ProductsCatalogV3Metafield]]] = Operation(
        method="POST",
        path="customers/{customer_id}/metafields",
        version="v3",
        result="many",
        model=ProductsCatalogV3Metafield,
        body_type=MetafieldBasePostCreate,
        envelope=True,
        operation_id="createCustomerMetafields",
    )

    def create(
        self,
        customer_id: int,
        body: MetafieldBasePostCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ProductsCatalogV3Metafield]:
        """`POST /v3/customers/{customer_id}/metafields` (createCustomerMetafields).

        Returns a list of `ProductsCatalogV3Metafield` objects.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            body: `MetafieldBasePostCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"customers/{segment(customer_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[ProductsCatalogV3Metafield]]] = Operation(
        method="POST",
        path="customers/metafields",
        version="v3",
        result="many",
        model=ProductsCatalogV3Metafield,
        body_type=list[CreateCustomersMetafieldsRequestItemCreate],
        envelope=True,
        operation_id="createCustomersMetafields",
    )

    def create_many(
        self,
        body: list[CreateCustomersMetafieldsRequestItemCreate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ProductsCatalogV3Metafield]:
        """`POST /v3/customers/metafields` (createCustomersMetafields).

        Returns a list of `ProductsCatalogV3Metafield` objects.

        Args:
            body: `list[CreateCustomersMetafieldsRequestItemCreate]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "customers/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="customers/{customer_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCustomerMetafieldsId",
    )

    def delete(
        self,
        customer_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/customers/{customer_id}/metafields/{metafield_id}`
        (deleteCustomerMetafieldsId).

        Returns None (the answer has no body).

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="customers/metafields",
        version="v3",
        result="value",
        model=list[int],
        envelope=True,
        operation_id="deleteCustomersMetafields",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[int]:
        """`DELETE /v3/customers/metafields` (deleteCustomersMetafields).

        Returns `list[int]`.
        """
        return self._call(
            self._op_delete_all,
            "customers/metafields",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CustomersV3MetafieldFull]] = Operation(
        method="GET",
        path="customers/{customer_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CustomersV3MetafieldFull,
        envelope=True,
        operation_id="getMetafieldsCustomerId",
    )

    def get(
        self,
        customer_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomersV3MetafieldFull:
        """`GET /v3/customers/{customer_id}/metafields/{metafield_id}` (getMetafieldsCustomerId).

        Returns one `CustomersV3MetafieldFull`.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_get,
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_customers_metafields: ClassVar[Operation[list[CustomersV3MetafieldFull]]] = Operation(
        method="GET",
        path="customers/{customer_id}/metafields",
        version="v3",
        result="many",
        model=CustomersV3MetafieldFull,
        query_type=V3CustomersMetafieldsGetCustomersMetafieldsQuery,
        envelope=True,
        operation_id="getCustomersMetafields",
    )

    def get_customers_metafields(
        self,
        customer_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsGetCustomersMetafieldsQuery],
    ) -> list[CustomersV3MetafieldFull]:
        """`GET /v3/customers/{customer_id}/metafields` (getCustomersMetafields).

        Returns one page of `CustomersV3MetafieldFull` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            query: the query parameters (`V3CustomersMetafieldsGetCustomersMetafieldsQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_get_customers_metafields,
            f"customers/{segment(customer_id)}/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[list[ProductsCatalogV3Metafield]]] = Operation(
        method="PUT",
        path="customers/{customer_id}/metafields/{metafield_id}",
        version="v3",
        result="many",
        model=ProductsCatalogV3Metafield,
        query_type=V3CustomersMetafieldsUpdateQuery,
        body_type=UpdateCustomerMetafieldRequestUpdate,
        envelope=True,
        operation_id="updateCustomerMetafield",
    )

    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: UpdateCustomerMetafieldRequestUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsUpdateQuery],
    ) -> list[ProductsCatalogV3Metafield]:
        """`PUT /v3/customers/{customer_id}/metafields/{metafield_id}` (updateCustomerMetafield).

        Returns a list of `ProductsCatalogV3Metafield` objects.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `UpdateCustomerMetafieldRequestUpdate`, the request body.
            query: the query parameters (`V3CustomersMetafieldsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"customers/{segment(customer_id)}/metafields/{segment(metafield_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[ProductsCatalogV3Metafield]]] = Operation(
        method="PUT",
        path="customers/metafields",
        version="v3",
        result="many",
        model=ProductsCatalogV3Metafield,
        body_type=list[UpdateCustomersMetafieldsRequestItemUpdate],
        envelope=True,
        operation_id="updateCustomersMetafields",
    )

    def update_many(
        self,
        body: list[UpdateCustomersMetafieldsRequestItemUpdate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ProductsCatalogV3Metafield]:
        """`PUT /v3/customers/metafields` (updateCustomersMetafields).

        Returns a list of `ProductsCatalogV3Metafield` objects.

        Args:
            body: `list[UpdateCustomersMetafieldsRequestItemUpdate]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "customers/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
