# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProducts` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._enums import ProductIncludeField
from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product import Product
from ..models.product_create_body import ProductCreate
from ..models.product_update_body import ProductUpdate
from ..models.product_update_many_item import ProductUpdateManyItem

if TYPE_CHECKING:
    from .products_bulk_pricing_rules import V3CatalogProductsBulkPricingRules
    from .products_category_assignments import V3CatalogProductsCategoryAssignments
    from .products_channel_assignments import V3CatalogProductsChannelAssignments
    from .products_complex_rules import V3CatalogProductsComplexRules
    from .products_custom_fields import V3CatalogProductsCustomFields
    from .products_images import V3CatalogProductsImages
    from .products_metafields import V3CatalogProductsMetafields
    from .products_modifiers import V3CatalogProductsModifiers
    from .products_options import V3CatalogProductsOptions
    from .products_reviews import V3CatalogProductsReviews
    from .products_variants import V3CatalogProductsVariants
    from .products_videos import V3CatalogProductsVideos


@with_config(REQUEST_CONFIG)
class V3CatalogProductsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    availability: Literal["available", "disabled", "preorder"]
    brand_id: int
    categories: int
    categories__in: list[int]
    """Sent as `categories:in`."""
    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    condition: Literal["new", "used", "refurbished"]
    date_last_imported: _dt.date | str
    date_last_imported__max: _dt.date | str
    """Sent as `date_last_imported:max`."""
    date_last_imported__min: _dt.date | str
    """Sent as `date_last_imported:min`."""
    date_last_imported__not: _dt.date | str
    """Sent as `date_last_imported:not`."""
    date_modified: _dt.date | str
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
    direction: Literal["asc", "desc"]
    exclude_fields: list[str]
    id: int
    id__greater: int
    """Sent as `id:greater`."""
    id__in: list[int]
    """Sent as `id:in`."""
    id__less: int
    """Sent as `id:less`."""
    id__max: int
    """Sent as `id:max`."""
    id__min: int
    """Sent as `id:min`."""
    id__not_in: list[int]
    """Sent as `id:not_in`."""
    include: list[
        Literal[
            "bulk_pricing_rules",
            "channels",
            "custom_fields",
            "images",
            "modifiers",
            "options",
            "parent_relations",
            "primary_image",
            "reviews",
            "variants",
            "videos",
        ]
    ]
    include_fields: list[ProductIncludeField]
    inventory_level: int
    inventory_level__greater: int
    """Sent as `inventory_level:greater`."""
    inventory_level__in: list[int]
    """Sent as `inventory_level:in`."""
    inventory_level__less: int
    """Sent as `inventory_level:less`."""
    inventory_level__max: int
    """Sent as `inventory_level:max`."""
    inventory_level__min: int
    """Sent as `inventory_level:min`."""
    inventory_level__not_in: list[int]
    """Sent as `inventory_level:not_in`."""
    inventory_low: int
    is_featured: Literal[1, 0]
    is_free_shipping: int
    is_visible: bool
    keyword: str
    keyword_context: Literal["shopper", "merchant"]
    limit: int
    """At most 250. Default `50`."""
    mpn: str
    name: str
    out_of_stock: int
    page: int
    price: int | float
    sku: str
    sku__in: list[str]
    """Sent as `sku:in`."""
    sort: Literal[
        "id",
        "name",
        "sku",
        "price",
        "date_modified",
        "date_last_imported",
        "inventory_level",
        "is_visible",
        "total_sold",
        "calculated_price",
    ]
    total_sold: int
    type: Literal["digital", "physical"]
    upc: str
    weight: int | float


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include_fields: list[ProductIncludeField]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    brand_id: int
    categories: int
    condition: Literal["new", "used", "refurbished"]
    date_last_imported: _dt.date | str
    date_modified: _dt.date | str
    id__in: list[int]
    """Sent as `id:in`."""
    inventory_level: int
    is_featured: Literal[1, 0]
    is_visible: bool
    keyword: str
    name: str
    price: int | float
    sku: str
    total_sold: int
    type: Literal["digital", "physical"]
    weight: int | float


@with_config(REQUEST_CONFIG)
class V3CatalogProductsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include: list[
        Literal[
            "bulk_pricing_rules",
            "channels",
            "custom_fields",
            "images",
            "modifiers",
            "options",
            "parent_relations",
            "primary_image",
            "reviews",
            "variants",
            "videos",
        ]
    ]
    include_fields: list[ProductIncludeField]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[
        Literal[
            "bulk_pricing_rules",
            "channels",
            "custom_fields",
            "images",
            "modifiers",
            "options",
            "parent_relations",
            "primary_image",
            "reviews",
            "variants",
            "videos",
        ]
    ]
    include_fields: list[ProductIncludeField]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsUpdateManyQuery(TypedDict, total=False):
    """Query parameters of `update_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include_fields: list[ProductIncludeField]


class V3CatalogProducts(NodeResource):
    """`api.catalog.products` (v3): all, iterall, create, delete, delete_all, get, update,
    update_many.
    """

    @cached_property
    def bulk_pricing_rules(self) -> V3CatalogProductsBulkPricingRules:
        from .products_bulk_pricing_rules import V3CatalogProductsBulkPricingRules

        return V3CatalogProductsBulkPricingRules(self._connection)

    @cached_property
    def category_assignments(self) -> V3CatalogProductsCategoryAssignments:
        from .products_category_assignments import V3CatalogProductsCategoryAssignments

        return V3CatalogProductsCategoryAssignments(self._connection)

    @cached_property
    def channel_assignments(self) -> V3CatalogProductsChannelAssignments:
        from .products_channel_assignments import V3CatalogProductsChannelAssignments

        return V3CatalogProductsChannelAssignments(self._connection)

    @cached_property
    def complex_rules(self) -> V3CatalogProductsComplexRules:
        from .products_complex_rules import V3CatalogProductsComplexRules

        return V3CatalogProductsComplexRules(self._connection)

    @cached_property
    def custom_fields(self) -> V3CatalogProductsCustomFields:
        from .products_custom_fields import V3CatalogProductsCustomFields

        return V3CatalogProductsCustomFields(self._connection)

    @cached_property
    def images(self) -> V3CatalogProductsImages:
        from .products_images import V3CatalogProductsImages

        return V3CatalogProductsImages(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogProductsMetafields:
        from .products_metafields import V3CatalogProductsMetafields

        return V3CatalogProductsMetafields(self._connection)

    @cached_property
    def modifiers(self) -> V3CatalogProductsModifiers:
        from .products_modifiers import V3CatalogProductsModifiers

        return V3CatalogProductsModifiers(self._connection)

    @cached_property
    def options(self) -> V3CatalogProductsOptions:
        from .products_options import V3CatalogProductsOptions

        return V3CatalogProductsOptions(self._connection)

    @cached_property
    def reviews(self) -> V3CatalogProductsReviews:
        from .products_reviews import V3CatalogProductsReviews

        return V3CatalogProductsReviews(self._connection)

    @cached_property
    def variants(self) -> V3CatalogProductsVariants:
        from .products_variants import V3CatalogProductsVariants

        return V3CatalogProductsVariants(self._connection)

    @cached_property
    def videos(self) -> V3CatalogProductsVideos:
        from .products_videos import V3CatalogProductsVideos

        return V3CatalogProductsVideos(self._connection)

    _op_all: ClassVar[Operation[list[Product]]] = Operation(
        method="GET",
        path="catalog/products",
        version="v3",
        result="many",
        model=Product,
        query_type=V3CatalogProductsAllQuery,
        envelope=True,
        operation_id="getProducts",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsAllQuery],
    ) -> list[Product]:
        """`GET /v3/catalog/products` (getProducts).

        Returns one page of `Product` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogProductsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/products",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Product]]] = Operation(
        method="GET",
        path="catalog/products",
        version="v3",
        result="pages",
        model=Product,
        query_type=V3CatalogProductsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProducts",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsAllQuery],
    ) -> Iterator[Product]:
        """`GET /v3/catalog/products` (getProducts).

        Yields every `Product` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/products",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Product]] = Operation(
        method="POST",
        path="catalog/products",
        version="v3",
        result="one",
        model=Product,
        query_type=V3CatalogProductsCreateQuery,
        body_type=ProductCreate,
        envelope=True,
        operation_id="createProduct",
    )

    def create(
        self,
        body: ProductCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCreateQuery],
    ) -> Product:
        """`POST /v3/catalog/products` (createProduct).

        Returns one `Product`.

        Args:
            body: `ProductCreate`, the request body.
            query: the query parameters (`V3CatalogProductsCreateQuery`).
        """
        return self._call(
            self._op_create,
            "catalog/products",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProduct",
    )

    def delete(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}` (deleteProduct).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products",
        version="v3",
        result="nothing",
        query_type=V3CatalogProductsDeleteAllQuery,
        operation_id="deleteProducts",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/catalog/products` (deleteProducts).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3CatalogProductsDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/products",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Product]] = Operation(
        method="GET",
        path="catalog/products/{product_id}",
        version="v3",
        result="one",
        model=Product,
        query_type=V3CatalogProductsGetQuery,
        envelope=True,
        operation_id="getProduct",
    )

    def get(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsGetQuery],
    ) -> Product:
        """`GET /v3/catalog/products/{product_id}` (getProduct).

        Returns one `Product`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Product]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}",
        version="v3",
        result="one",
        model=Product,
        query_type=V3CatalogProductsUpdateQuery,
        body_type=ProductUpdate,
        envelope=True,
        operation_id="updateProduct",
    )

    def update(
        self,
        product_id: int,
        body: ProductUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsUpdateQuery],
    ) -> Product:
        """`PUT /v3/catalog/products/{product_id}` (updateProduct).

        Returns one `Product`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductUpdate`, the request body.
            query: the query parameters (`V3CatalogProductsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Product]]] = Operation(
        method="PUT",
        path="catalog/products",
        version="v3",
        result="many",
        model=Product,
        query_type=V3CatalogProductsUpdateManyQuery,
        body_type=list[ProductUpdateManyItem],
        envelope=True,
        batch_limit=10,
        operation_id="updateProducts",
    )

    def update_many(
        self,
        body: list[ProductUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsUpdateManyQuery],
    ) -> list[Product]:
        """`PUT /v3/catalog/products` (updateProducts).

        Returns a list of `Product` objects.

        Sends at most 10 items a request: a longer list is sent in chunks of 10, one request after
        another.

        Args:
            body: `list[ProductUpdateManyItem]`, the request body; sent 10 items a
                request.
            query: the query parameters (`V3CatalogProductsUpdateManyQuery`).
        """
        return self._call(
            self._op_update_many,
            "catalog/products",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
