# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.metafield200_response import Metafield200Response
from ..models.metafield_post import MetafieldPostCreate
from ..models.metafield_post2 import MetafieldPost2Create
from ..models.metafield_put import MetafieldPutUpdate
from ..models.metafield_put2 import MetafieldPut2Update
from ..models.products_catalog_v3_metafield import ProductsCatalogV3Metafield


@with_config(REQUEST_CONFIG)
class V3ChannelsMetafieldsAllQuery(TypedDict, total=False):
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
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


@with_config(REQUEST_CONFIG)
class V3ChannelsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created: str
    date_created__max: str
    date_created__min: str
    date_modified: str
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
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


class V3ChannelsMetafields(NodeResource):
    """`api.channels.metafields` (v3): all, iterall, create, create_many, delete, delete_many,
    get, get_channel_metafield, update, update_many.
    """

    _version = "v3"

    def all(
        self, **query: Unpack[V3ChannelsMetafieldsAllQuery]
    ) -> list[ProductsCatalogV3Metafield]:
        """`GET /v3/channels/metafields` (getChannelsMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "GET",
            "channels/metafields",
            query,
            V3ChannelsMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ChannelsMetafieldsAllQuery]
    ) -> Iterator[ProductsCatalogV3Metafield]:
        """Every item of every page of `GET /v3/channels/metafields` (getChannelsMetafields), one
        page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._pages(
            ProductsCatalogV3Metafield,
            "GET",
            "channels/metafields",
            query,
            V3ChannelsMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(self, channel_id: int, body: MetafieldPost2Create, /) -> Metafield200Response:
        """`POST /v3/channels/{channel_id}/metafields` (createChannelMetafield)."""
        return self._one(
            Metafield200Response,
            "POST",
            f"channels/{segment(channel_id)}/metafields",
            {},
            None,
            body=body,
            body_type=MetafieldPost2Create,
        )

    def create_many(self, body: list[MetafieldPostCreate], /) -> list[ProductsCatalogV3Metafield]:
        """`POST /v3/channels/metafields` (createChannelsMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "POST",
            "channels/metafields",
            {},
            None,
            body=body,
            body_type=list[MetafieldPostCreate],
            envelope=True,
        )

    def delete(self, channel_id: int, metafield_id: str, /) -> None:
        """`DELETE /v3/channels/{channel_id}/metafields/{metafield_id}` (deleteChannelMetafield)."""
        return self._nothing(
            "DELETE", f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}", {}, None
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/channels/metafields` (deleteChannelsMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "channels/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(
        self, channel_id: int, /, **query: Unpack[V3ChannelsMetafieldsGetQuery]
    ) -> Metafield200Response:
        """`GET /v3/channels/{channel_id}/metafields` (getChannelMetafields)."""
        return self._one(
            Metafield200Response,
            "GET",
            f"channels/{segment(channel_id)}/metafields",
            query,
            V3ChannelsMetafieldsGetQuery,
        )

    def get_channel_metafield(self, channel_id: int, metafield_id: str, /) -> Metafield200Response:
        """`GET /v3/channels/{channel_id}/metafields/{metafield_id}` (getChannelMetafield)."""
        return self._one(
            Metafield200Response,
            "GET",
            f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
        )

    def update(
        self, channel_id: int, metafield_id: str, body: MetafieldPut2Update, /
    ) -> Metafield200Response:
        """`PUT /v3/channels/{channel_id}/metafields/{metafield_id}` (updateChannelMetafield)."""
        return self._one(
            Metafield200Response,
            "PUT",
            f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=MetafieldPut2Update,
        )

    def update_many(self, body: list[MetafieldPutUpdate], /) -> list[ProductsCatalogV3Metafield]:
        """`PUT /v3/channels/metafields` (updateChannelsMetafields)."""
        return self._many(
            ProductsCatalogV3Metafield,
            "PUT",
            "channels/metafields",
            {},
            None,
            body=body,
            body_type=list[MetafieldPutUpdate],
            envelope=True,
        )
