# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._enums import ProductIncludeField
from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create import MetafieldCreate, MetafieldUpdate
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CatalogProductsMetafieldsAllQuery(TypedDict, total=False):
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
    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]
    key: str
    key__in: list[str]
    """Sent as `key:in`."""
    limit: int
    """At most 250. Default `50`."""
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int
    resource_id__in: str
    """Sent as `resource_id:in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogProductsMetafieldsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
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
            "resource_id:in",
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
    """At most 250. Default `50`."""
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]


class V3CatalogProductsMetafields(NodeResource):
    """`api.catalog.products.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CatalogProductsMetafieldsAllQuery,
        envelope=True,
        operation_id="getProductMetafields",
    )

    def all(
        self,
        product_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/catalog/products/{product_id}/metafields` (getProductMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`; without it: `GET
                /v3/catalog/products/metafields`.
            query: the query parameters (`V3CatalogProductsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/metafields"
            if product_id is not None
            else "catalog/products/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3CatalogProductsMetafieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductMetafields",
    )

    def iterall(
        self,
        product_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/catalog/products/{product_id}/metafields` (getProductMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`; without it: `GET
                /v3/catalog/products/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/metafields"
            if product_id is not None
            else "catalog/products/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogProductsMetafieldsCreateQuery,
        body_type=MetafieldCreate,
        envelope=True,
        operation_id="createProductMetafield",
    )

    def create(
        self,
        product_id: int,
        body: MetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsMetafieldsCreateQuery],
    ) -> Metafield:
        """`POST /v3/catalog/products/{product_id}/metafields` (createProductMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `MetafieldCreate`, the request body.
            query: the query parameters (`V3CatalogProductsMetafieldsCreateQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/metafields",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="catalog/products/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createProductsMetafields",
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
        """`POST /v3/catalog/products/metafields` (createProductsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/products/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductMetafield",
    )

    def delete(
        self,
        product_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/metafields/{metafield_id}`
        (deleteProductMetafield).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="catalog/products/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteProductsMetafields",
    )

    def delete_many(
        self,
        body: list[int],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[int]:
        """`DELETE /v3/catalog/products/metafields` (deleteProductsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "catalog/products/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogProductsMetafieldsGetQuery,
        envelope=True,
        operation_id="getProductMetafield",
    )

    def get(
        self,
        product_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsMetafieldsGetQuery],
    ) -> Metafield:
        """`GET /v3/catalog/products/{product_id}/metafields/{metafield_id}` (getProductMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CatalogProductsMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldUpdate,
        envelope=True,
        operation_id="updateProductMetafield",
    )

    def update(
        self,
        product_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/catalog/products/{product_id}/metafields/{metafield_id}`
        (updateProductMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="catalog/products/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateProductsMetafields",
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
        """`PUT /v3/catalog/products/metafields` (updateProductsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/products/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
