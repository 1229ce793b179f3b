# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `V3StoreMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.metafield_base_post_put import MetafieldBasePostPutCreate, MetafieldBasePostPutUpdate
from ..models.store_information_v3_metafield import StoreInformationV3Metafield
from ..models.update_store_metafields_request_item import UpdateStoreMetafieldsRequestItemUpdate


@with_config(REQUEST_CONFIG)
class V3StoreMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created__max: str
    date_created__min: str
    date_modified__max: str
    date_modified__min: str
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
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


class V3StoreMetafields(NodeResource):
    """`api.store.metafields` (v3): all, iterall, create_many, delete, delete_many, get, update,
    update_many.
    """

    _version = "v3"

    def all(self, **query: Unpack[V3StoreMetafieldsAllQuery]) -> list[StoreInformationV3Metafield]:
        """`GET /v3/store/metafields` (getStoreMetafields)."""
        return self._many(
            StoreInformationV3Metafield,
            "GET",
            "store/metafields",
            query,
            V3StoreMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3StoreMetafieldsAllQuery]
    ) -> Iterator[StoreInformationV3Metafield]:
        """Every item of every page of `GET /v3/store/metafields` (getStoreMetafields), one page
        in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            StoreInformationV3Metafield,
            "GET",
            "store/metafields",
            query,
            V3StoreMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create_many(
        self, body: list[MetafieldBasePostPutCreate], /
    ) -> list[StoreInformationV3Metafield]:
        """`POST /v3/store/metafields` (createStoresMetafields)."""
        return self._many(
            StoreInformationV3Metafield,
            "POST",
            "store/metafields",
            {},
            None,
            body=body,
            body_type=list[MetafieldBasePostPutCreate],
            envelope=True,
        )

    def delete(self, metafield_id: int, /) -> None:
        """`DELETE /v3/store/metafields/{metafield_id}` (deleteStoreMetafield)."""
        return self._nothing("DELETE", f"store/metafields/{segment(metafield_id)}", {}, None)

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/store/metafields` (deleteStoreMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "store/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(self, metafield_id: int, /) -> StoreInformationV3Metafield:
        """`GET /v3/store/metafields/{metafield_id}` (getStoreMetafield)."""
        return self._one(
            StoreInformationV3Metafield,
            "GET",
            f"store/metafields/{segment(metafield_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, metafield_id: int, body: MetafieldBasePostPutUpdate, /
    ) -> StoreInformationV3Metafield:
        """`PUT /v3/store/metafields/{metafield_id}` (updateStoreMetafield)."""
        return self._one(
            StoreInformationV3Metafield,
            "PUT",
            f"store/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostPutUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateStoreMetafieldsRequestItemUpdate], /
    ) -> list[StoreInformationV3Metafield]:
        """`PUT /v3/store/metafields` (updateStoreMetafields)."""
        return self._many(
            StoreInformationV3Metafield,
            "PUT",
            "store/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateStoreMetafieldsRequestItemUpdate],
            envelope=True,
        )
