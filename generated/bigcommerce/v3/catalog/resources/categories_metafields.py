# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesMetafields` resource (v3)."""

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
from ...shared.models.metafield_create import MetafieldCreate, MetafieldUpdate
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsAllQuery(TypedDict, total=False):
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
    key: str
    key__in: list[str]
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsCreateQuery(TypedDict, total=False):
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
class V3CatalogCategoriesMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogCategoriesMetafields(NodeResource):
    """`api.catalog.categories.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CatalogCategoriesMetafieldsAllQuery,
        envelope=True,
        operation_id="getCategoryMetafields",
    )

    def all(
        self,
        category_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/catalog/categories/{category_id}/metafields` (getCategoryMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            category_id: `int`, the path's `{category_id}`; without it: `GET
                /v3/catalog/categories/metafields`.
            query: the query parameters (`V3CatalogCategoriesMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_all,
            f"catalog/categories/{segment(category_id)}/metafields"
            if category_id is not None
            else "catalog/categories/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3CatalogCategoriesMetafieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCategoryMetafields",
    )

    def iterall(
        self,
        category_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/catalog/categories/{category_id}/metafields` (getCategoryMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            category_id: `int`, the path's `{category_id}`; without it: `GET
                /v3/catalog/categories/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogCategoriesMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"catalog/categories/{segment(category_id)}/metafields"
            if category_id is not None
            else "catalog/categories/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="catalog/categories/{category_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogCategoriesMetafieldsCreateQuery,
        body_type=MetafieldCreate,
        envelope=True,
        operation_id="createCategoryMetafield",
    )

    def create(
        self,
        category_id: int,
        body: MetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsCreateQuery],
    ) -> Metafield:
        """`POST /v3/catalog/categories/{category_id}/metafields` (createCategoryMetafield).

        Returns one `Metafield`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            body: `MetafieldCreate`, the request body.
            query: the query parameters (`V3CatalogCategoriesMetafieldsCreateQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_create,
            f"catalog/categories/{segment(category_id)}/metafields",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="catalog/categories/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createCategoriesMetafields",
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
        """`POST /v3/catalog/categories/metafields` (createCategoriesMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCategoryMetafield",
    )

    def delete(
        self,
        category_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (deleteCategoryMetafield).

        Returns None (the answer has no body).

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="catalog/categories/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteCategoriesMetafields",
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
        """`DELETE /v3/catalog/categories/metafields` (deleteCategoriesMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogCategoriesMetafieldsGetQuery,
        envelope=True,
        operation_id="getCategoryMetafield",
    )

    def get(
        self,
        category_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsGetQuery],
    ) -> Metafield:
        """`GET /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (getCategoryMetafield).

        Returns one `Metafield`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CatalogCategoriesMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldUpdate,
        envelope=True,
        operation_id="updateCategoryMetafield",
    )

    def update(
        self,
        category_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (updateCategoryMetafield).

        Returns one `Metafield`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="catalog/categories/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateCategoriesMetafields",
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
        """`PUT /v3/catalog/categories/metafields` (updateCategoriesMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
