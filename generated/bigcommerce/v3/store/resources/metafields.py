# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `V3StoreMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.cart_metafield import CartMetafield
from ...shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
from ...shared.models.metafield_update_many_item_input import MetafieldUpdateManyItemInput


@with_config(REQUEST_CONFIG)
class V3StoreMetafieldsAllQuery(TypedDict, total=False):
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
            "date modified",
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


class V3StoreMetafields(NodeResource):
    """`api.store.metafields` (v3): all, iterall, create_many, delete, delete_many, get, update,
    update_many.
    """

    _op_all: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="GET",
        path="store/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        query_type=V3StoreMetafieldsAllQuery,
        envelope=True,
        operation_id="getStoreMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StoreMetafieldsAllQuery],
    ) -> list[CartMetafield]:
        """`GET /v3/store/metafields` (getStoreMetafields).

        Returns one page of `CartMetafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3StoreMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "store/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CartMetafield]]] = Operation(
        method="GET",
        path="store/metafields",
        version="v3",
        result="pages",
        model=CartMetafield,
        query_type=V3StoreMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getStoreMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StoreMetafieldsAllQuery],
    ) -> Iterator[CartMetafield]:
        """`GET /v3/store/metafields` (getStoreMetafields).

        Yields every `CartMetafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3StoreMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "store/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="POST",
        path="store/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        body_type=list[MetafieldCreateInput],
        envelope=True,
        operation_id="createStoresMetafields",
    )

    def create_many(
        self,
        body: list[MetafieldCreateInput],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CartMetafield]:
        """`POST /v3/store/metafields` (createStoresMetafields).

        Returns a list of `CartMetafield` objects.

        Args:
            body: `list[MetafieldCreateInput]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "store/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="store/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteStoreMetafield",
    )

    def delete(
        self,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/store/metafields/{metafield_id}` (deleteStoreMetafield).

        Returns None (the answer has no body).

        Args:
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"store/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="store/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteStoreMetafields",
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
        """`DELETE /v3/store/metafields` (deleteStoreMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "store/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CartMetafield]] = Operation(
        method="GET",
        path="store/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CartMetafield,
        envelope=True,
        operation_id="getStoreMetafield",
    )

    def get(
        self,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartMetafield:
        """`GET /v3/store/metafields/{metafield_id}` (getStoreMetafield).

        Returns one `CartMetafield`.

        Args:
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_get,
            f"store/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CartMetafield]] = Operation(
        method="PUT",
        path="store/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CartMetafield,
        body_type=MetafieldUpdateInput,
        envelope=True,
        operation_id="updateStoreMetafield",
    )

    def update(
        self,
        metafield_id: int,
        body: MetafieldUpdateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartMetafield:
        """`PUT /v3/store/metafields/{metafield_id}` (updateStoreMetafield).

        Returns one `CartMetafield`.

        Args:
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdateInput`, the request body.
        """
        return self._call(
            self._op_update,
            f"store/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="PUT",
        path="store/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        body_type=list[MetafieldUpdateManyItemInput],
        envelope=True,
        operation_id="updateStoreMetafields",
    )

    def update_many(
        self,
        body: list[MetafieldUpdateManyItemInput],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CartMetafield]:
        """`PUT /v3/store/metafields` (updateStoreMetafields).

        Returns a list of `CartMetafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItemInput]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "store/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
