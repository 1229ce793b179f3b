# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create_input import MetafieldCreateInput
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem


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
class V3CustomersMetafieldsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    metafieldId: int


class V3CustomersMetafields(NodeResource):
    """`api.customers.metafields` (v3): all, iterall, create, create_many, delete, delete_all,
    get, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="customers/{customer_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CustomersMetafieldsAllQuery,
        envelope=True,
        operation_id="getCustomersMetafields",
    )

    def all(
        self,
        customer_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/customers/{customer_id}/metafields` (getCustomersMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            customer_id: `int`, the path's `{customer_id}`; without it: `GET
                /v3/customers/metafields`.
            query: the query parameters (`V3CustomersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            f"customers/{segment(customer_id)}/metafields"
            if customer_id is not None
            else "customers/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="customers/{customer_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3CustomersMetafieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCustomersMetafields",
    )

    def iterall(
        self,
        customer_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/customers/{customer_id}/metafields` (getCustomersMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            customer_id: `int`, the path's `{customer_id}`; without it: `GET
                /v3/customers/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CustomersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"customers/{segment(customer_id)}/metafields"
            if customer_id is not None
            else "customers/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="customers/{customer_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=MetafieldCreateInput,
        envelope=True,
        operation_id="createCustomerMetafields",
    )

    def create(
        self,
        customer_id: int,
        body: MetafieldCreateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`POST /v3/customers/{customer_id}/metafields` (createCustomerMetafields).

        Returns a list of `Metafield` objects.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            body: `MetafieldCreateInput`, the request body.
        """
        return self._call(
            self._op_create,
            f"customers/{segment(customer_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="customers/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createCustomersMetafields",
    )

    def create_many(
        self,
        body: list[MetafieldCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`POST /v3/customers/metafields` (createCustomersMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
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

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="customers/{customer_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
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
    ) -> Metafield:
        """`GET /v3/customers/{customer_id}/metafields/{metafield_id}` (getMetafieldsCustomerId).

        Returns one `Metafield`.

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

    _op_update: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="customers/{customer_id}/metafields/{metafield_id}",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CustomersMetafieldsUpdateQuery,
        body_type=MetafieldUpdateManyItem,
        envelope=True,
        operation_id="updateCustomerMetafield",
    )

    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdateManyItem,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CustomersMetafieldsUpdateQuery],
    ) -> list[Metafield]:
        """`PUT /v3/customers/{customer_id}/metafields/{metafield_id}` (updateCustomerMetafield).

        Returns a list of `Metafield` objects.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdateManyItem`, the request body.
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

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="customers/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateCustomersMetafields",
    )

    def update_many(
        self,
        body: list[MetafieldUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`PUT /v3/customers/metafields` (updateCustomersMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "customers/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
