# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogVariantsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CatalogVariantsMetafieldsAllQuery(TypedDict, total=False):
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


class V3CatalogVariantsMetafields(NodeResource):
    """`api.catalog.variants.metafields` (v3): all, iterall, create_many, delete_many,
    update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="catalog/variants/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CatalogVariantsMetafieldsAllQuery,
        envelope=True,
        operation_id="getVariantsMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogVariantsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/catalog/variants/metafields` (getVariantsMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogVariantsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/variants/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="catalog/variants/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3CatalogVariantsMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getVariantsMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogVariantsMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/catalog/variants/metafields` (getVariantsMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogVariantsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/variants/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="catalog/variants/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createVariantsMetafields",
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
        """`POST /v3/catalog/variants/metafields` (createVariantsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/variants/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="catalog/variants/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteVariantsMetafields",
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
        """`DELETE /v3/catalog/variants/metafields` (deleteVariantsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "catalog/variants/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="catalog/variants/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateVariantsMetafields",
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
        """`PUT /v3/catalog/variants/metafields` (updateVariantsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/variants/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
