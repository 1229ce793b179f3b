# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogVariants` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.variant import Variant
from ..models.variant_update_many_item import VariantUpdateManyItem

if TYPE_CHECKING:
    from .variants_metafields import V3CatalogVariantsMetafields


@with_config(REQUEST_CONFIG)
class V3CatalogVariantsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    id: int
    include_fields: list[str]
    limit: int
    page: int
    product_id__in: list[int]
    """Sent as `product_id:in`."""
    sku: str
    upc: str


class V3CatalogVariants(NodeResource):
    """`api.catalog.variants` (v3): all, iterall, update_many."""

    @cached_property
    def metafields(self) -> V3CatalogVariantsMetafields:
        from .variants_metafields import V3CatalogVariantsMetafields

        return V3CatalogVariantsMetafields(self._connection)

    _op_all: ClassVar[Operation[list[Variant]]] = Operation(
        method="GET",
        path="catalog/variants",
        version="v3",
        result="many",
        model=Variant,
        query_type=V3CatalogVariantsAllQuery,
        envelope=True,
        operation_id="getVariants",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogVariantsAllQuery],
    ) -> list[Variant]:
        """`GET /v3/catalog/variants` (getVariants).

        Returns one page of `Variant` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogVariantsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/variants",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Variant]]] = Operation(
        method="GET",
        path="catalog/variants",
        version="v3",
        result="pages",
        model=Variant,
        query_type=V3CatalogVariantsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getVariants",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogVariantsAllQuery],
    ) -> Iterator[Variant]:
        """`GET /v3/catalog/variants` (getVariants).

        Yields every `Variant` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogVariantsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/variants",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Variant]]] = Operation(
        method="PUT",
        path="catalog/variants",
        version="v3",
        result="many",
        model=Variant,
        body_type=list[VariantUpdateManyItem],
        envelope=True,
        batch_limit=50,
        operation_id="updateVariantsBatch",
    )

    def update_many(
        self,
        body: list[VariantUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Variant]:
        """`PUT /v3/catalog/variants` (updateVariantsBatch).

        Returns a list of `Variant` objects.

        Sends at most 50 items a request: a longer list is sent in chunks of 50, one request after
        another.

        Args:
            body: `list[VariantUpdateManyItem]`, the request body; sent 50 items a
                request.
        """
        return self._call(
            self._op_update_many,
            "catalog/variants",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
