# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsMetafields` resource (v3)."""

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
from ...shared.models.metafield_create import MetafieldCreate
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem
from ..models.channel_metafield_update import ChannelMetafieldUpdate


@with_config(REQUEST_CONFIG)
class V3ChannelsMetafieldsAllQuery(TypedDict, total=False):
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
class V3ChannelsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified: str
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


class V3ChannelsMetafields(NodeResource):
    """`api.channels.metafields` (v3): all, iterall, create, create_many, delete, delete_many,
    get, get_channel_metafield, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="channels/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3ChannelsMetafieldsAllQuery,
        envelope=True,
        operation_id="getChannelsMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/channels/metafields` (getChannelsMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ChannelsMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "channels/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="channels/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3ChannelsMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getChannelsMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/channels/metafields` (getChannelsMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ChannelsMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "channels/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="channels/{channel_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldCreate,
        operation_id="createChannelMetafield",
    )

    def create(
        self,
        channel_id: int,
        body: MetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`POST /v3/channels/{channel_id}/metafields` (createChannelMetafield).

        Returns one `Metafield`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `MetafieldCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"channels/{segment(channel_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="channels/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createChannelsMetafields",
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
        """`POST /v3/channels/metafields` (createChannelsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "channels/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="channels/{channel_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteChannelMetafield",
    )

    def delete(
        self,
        channel_id: int,
        metafield_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/channels/{channel_id}/metafields/{metafield_id}` (deleteChannelMetafield).

        Returns None (the answer has no body).

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            metafield_id: `str`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="channels/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteChannelsMetafields",
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
        """`DELETE /v3/channels/metafields` (deleteChannelsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "channels/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="channels/{channel_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3ChannelsMetafieldsGetQuery,
        operation_id="getChannelMetafields",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsMetafieldsGetQuery],
    ) -> Metafield:
        """`GET /v3/channels/{channel_id}/metafields` (getChannelMetafields).

        Returns one `Metafield`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            query: the query parameters (`V3ChannelsMetafieldsGetQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_channel_metafield: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="channels/{channel_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        operation_id="getChannelMetafield",
    )

    def get_channel_metafield(
        self,
        channel_id: int,
        metafield_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`GET /v3/channels/{channel_id}/metafields/{metafield_id}` (getChannelMetafield).

        Returns one `Metafield`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            metafield_id: `str`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_get_channel_metafield,
            f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="channels/{channel_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=ChannelMetafieldUpdate,
        operation_id="updateChannelMetafield",
    )

    def update(
        self,
        channel_id: int,
        metafield_id: str,
        body: ChannelMetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/channels/{channel_id}/metafields/{metafield_id}` (updateChannelMetafield).

        Returns one `Metafield`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            metafield_id: `str`, the path's `{metafield_id}`.
            body: `ChannelMetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"channels/{segment(channel_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="channels/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateChannelsMetafields",
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
        """`PUT /v3/channels/metafields` (updateChannelsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "channels/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
