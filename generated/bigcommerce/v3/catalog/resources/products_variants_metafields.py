# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsVariantsMetafields` resource (v3)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create import MetafieldCreate, MetafieldUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVariantsMetafieldsAllQuery(TypedDict, total=False):
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
class V3CatalogProductsVariantsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsVariantsMetafields(NodeResource):
    """`api.catalog.products.variants.metafields` (v3): all, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/variants/{variant_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CatalogProductsVariantsMetafieldsAllQuery,
        envelope=True,
        operation_id="getProductVariantMetafields",
    )

    def all(
        self,
        product_id: int,
        variant_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVariantsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/catalog/products/{product_id}/variants/{variant_id}/metafields`
        (getProductVariantMetafields).

        Returns a list of `Metafield` objects.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            query: the query parameters (`V3CatalogProductsVariantsMetafieldsAllQuery`); `x__in`
                is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/variants/{variant_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldCreate,
        envelope=True,
        operation_id="createProductVariantMetafield",
    )

    def create(
        self,
        product_id: int,
        variant_id: int,
        body: MetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`POST /v3/catalog/products/{product_id}/variants/{variant_id}/metafields`
        (createProductVariantMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            body: `MetafieldCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductVariantMetafield",
    )

    def delete(
        self,
        product_id: int,
        variant_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE
        /v3/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`
        (deleteProductVariantMetafield).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogProductsVariantsMetafieldsGetQuery,
        envelope=True,
        operation_id="getProductVariantMetafield",
    )

    def get(
        self,
        product_id: int,
        variant_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVariantsMetafieldsGetQuery],
    ) -> Metafield:
        """`GET /v3/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`
        (getProductVariantMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CatalogProductsVariantsMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldUpdate,
        envelope=True,
        operation_id="updateProductVariantMetafield",
    )

    def update(
        self,
        product_id: int,
        variant_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`
        (updateProductVariantMetafield).

        Returns one `Metafield`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
