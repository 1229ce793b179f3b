# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategories` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack, deprecated

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.category import Category
from ..models.category_create_body import CategoryCreate
from ..models.category_update_body import CategoryUpdate

if TYPE_CHECKING:
    from .categories_image import V3CatalogCategoriesImage
    from .categories_metafields import V3CatalogCategoriesMetafields
    from .categories_products import V3CatalogCategoriesProducts


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

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
    include_fields: list[str]
    is_visible: bool
    keyword: str
    limit: int
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int
    page_title: str
    page_title__like: str
    """Sent as `page_title:like`."""
    parent_id: int
    parent_id__greater: int
    """Sent as `parent_id:greater`."""
    parent_id__in: list[int]
    """Sent as `parent_id:in`."""
    parent_id__less: int
    """Sent as `parent_id:less`."""
    parent_id__max: int
    """Sent as `parent_id:max`."""
    parent_id__min: int
    """Sent as `parent_id:min`."""
    sort: Literal["name", "id", "parent_id", "sort_order"]


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

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
    is_visible: bool
    keyword: str
    name: str
    name__like: str
    """Sent as `name:like`."""
    page_title: str
    page_title__like: str
    """Sent as `page_title:like`."""
    parent_id: int
    parent_id__greater: int
    """Sent as `parent_id:greater`."""
    parent_id__in: list[int]
    """Sent as `parent_id:in`."""
    parent_id__less: int
    """Sent as `parent_id:less`."""
    parent_id__max: int
    """Sent as `parent_id:max`."""
    parent_id__min: int
    """Sent as `parent_id:min`."""


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogCategories(NodeResource):
    """`api.catalog.categories` (v3): all, iterall, create, delete, delete_all, get, update."""

    @cached_property
    def image(self) -> V3CatalogCategoriesImage:
        from .categories_image import V3CatalogCategoriesImage

        return V3CatalogCategoriesImage(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogCategoriesMetafields:
        from .categories_metafields import V3CatalogCategoriesMetafields

        return V3CatalogCategoriesMetafields(self._connection)

    @cached_property
    def products(self) -> V3CatalogCategoriesProducts:
        from .categories_products import V3CatalogCategoriesProducts

        return V3CatalogCategoriesProducts(self._connection)

    _op_all: ClassVar[Operation[list[Category]]] = Operation(
        method="GET",
        path="catalog/categories",
        version="v3",
        result="many",
        model=Category,
        query_type=V3CatalogCategoriesAllQuery,
        envelope=True,
        operation_id="getCategories",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesAllQuery],
    ) -> list[Category]:
        """`GET /v3/catalog/categories` (getCategories).

        Returns one page of `Category` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            query: the query parameters (`V3CatalogCategoriesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/categories",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Category]]] = Operation(
        method="GET",
        path="catalog/categories",
        version="v3",
        result="pages",
        model=Category,
        query_type=V3CatalogCategoriesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCategories",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesAllQuery],
    ) -> Iterator[Category]:
        """`GET /v3/catalog/categories` (getCategories).

        Yields every `Category` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogCategoriesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/categories",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Category]] = Operation(
        method="POST",
        path="catalog/categories",
        version="v3",
        result="one",
        model=Category,
        body_type=CategoryCreate,
        envelope=True,
        operation_id="createCategory",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def create(
        self,
        body: CategoryCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Category:
        """`POST /v3/catalog/categories` (createCategory).

        Returns one `Category`.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            body: `CategoryCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "catalog/categories",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/categories/{category_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCategory",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def delete(
        self,
        category_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/categories/{category_id}` (deleteCategory).

        Returns None (the answer has no body).

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            category_id: `int`, the path's `{category_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/categories/{segment(category_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/categories",
        version="v3",
        result="nothing",
        query_type=V3CatalogCategoriesDeleteAllQuery,
        operation_id="deleteCategories",
        filter_required=True,
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/catalog/categories` (deleteCategories).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            query: the query parameters (`V3CatalogCategoriesDeleteAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/categories",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Category]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}",
        version="v3",
        result="one",
        model=Category,
        query_type=V3CatalogCategoriesGetQuery,
        envelope=True,
        operation_id="getCategory",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def get(
        self,
        category_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesGetQuery],
    ) -> Category:
        """`GET /v3/catalog/categories/{category_id}` (getCategory).

        Returns one `Category`.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            category_id: `int`, the path's `{category_id}`.
            query: the query parameters (`V3CatalogCategoriesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/categories/{segment(category_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Category]] = Operation(
        method="PUT",
        path="catalog/categories/{category_id}",
        version="v3",
        result="one",
        model=Category,
        body_type=CategoryUpdate,
        envelope=True,
        operation_id="updateCategory",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def update(
        self,
        category_id: int,
        body: CategoryUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Category:
        """`PUT /v3/catalog/categories/{category_id}` (updateCategory).

        Returns one `Category`.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            category_id: `int`, the path's `{category_id}`.
            body: `CategoryUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/categories/{segment(category_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
