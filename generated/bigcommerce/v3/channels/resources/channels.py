# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3Channels` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.channel_create import ChannelCreate
from ..models.channel_update import ChannelUpdate
from ..models.channel_with_currencies import ChannelWithCurrencies

if TYPE_CHECKING:
    from .active_theme import V3ChannelsActiveTheme
    from .channel_menus import V3ChannelsChannelMenus
    from .currency_assignments import V3ChannelsCurrencyAssignments
    from .listings import V3ChannelsListings
    from .metafields import V3ChannelsMetafields
    from .site import V3ChannelsSite


@with_config(REQUEST_CONFIG)
class V3ChannelsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    available: bool
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
    include: Literal["currencies"]
    limit: int
    page: int
    platform__in: list[str]
    """Sent as `platform:in`."""
    status__in: list[
        Literal[
            "prelaunch",
            "active",
            "inactive",
            "connected",
            "disconnected",
            "archived",
            "deleted",
            "terminated",
        ]
    ]
    """Sent as `status:in`."""
    type__in: list[Literal["marketplace", "marketing", "pos", "storefront"]]
    """Sent as `type:in`."""


@with_config(REQUEST_CONFIG)
class V3ChannelsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: Literal["currencies"]


class V3Channels(NodeResource):
    """`api.channels` (v3): all, iterall, create, get, update."""

    @cached_property
    def active_theme(self) -> V3ChannelsActiveTheme:
        from .active_theme import V3ChannelsActiveTheme

        return V3ChannelsActiveTheme(self._connection)

    @cached_property
    def channel_menus(self) -> V3ChannelsChannelMenus:
        from .channel_menus import V3ChannelsChannelMenus

        return V3ChannelsChannelMenus(self._connection)

    @cached_property
    def currency_assignments(self) -> V3ChannelsCurrencyAssignments:
        from .currency_assignments import V3ChannelsCurrencyAssignments

        return V3ChannelsCurrencyAssignments(self._connection)

    @cached_property
    def listings(self) -> V3ChannelsListings:
        from .listings import V3ChannelsListings

        return V3ChannelsListings(self._connection)

    @cached_property
    def metafields(self) -> V3ChannelsMetafields:
        from .metafields import V3ChannelsMetafields

        return V3ChannelsMetafields(self._connection)

    @cached_property
    def site(self) -> V3ChannelsSite:
        from .site import V3ChannelsSite

        return V3ChannelsSite(self._connection)

    _op_all: ClassVar[Operation[list[ChannelWithCurrencies]]] = Operation(
        method="GET",
        path="channels",
        version="v3",
        result="many",
        model=ChannelWithCurrencies,
        query_type=V3ChannelsAllQuery,
        envelope=True,
        operation_id="getChannels",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsAllQuery],
    ) -> list[ChannelWithCurrencies]:
        """`GET /v3/channels` (getChannels).

        Returns one page of `ChannelWithCurrencies` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ChannelsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "channels",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ChannelWithCurrencies]]] = Operation(
        method="GET",
        path="channels",
        version="v3",
        result="pages",
        model=ChannelWithCurrencies,
        query_type=V3ChannelsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getChannels",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsAllQuery],
    ) -> Iterator[ChannelWithCurrencies]:
        """`GET /v3/channels` (getChannels).

        Yields every `ChannelWithCurrencies` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ChannelsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "channels",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ChannelWithCurrencies]] = Operation(
        method="POST",
        path="channels",
        version="v3",
        result="one",
        model=ChannelWithCurrencies,
        body_type=ChannelCreate,
        envelope=True,
        operation_id="createChannel",
    )

    def create(
        self,
        body: ChannelCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelWithCurrencies:
        """`POST /v3/channels` (createChannel).

        Returns one `ChannelWithCurrencies`.

        Args:
            body: `ChannelCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "channels",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ChannelWithCurrencies]] = Operation(
        method="GET",
        path="channels/{channel_id}",
        version="v3",
        result="one",
        model=ChannelWithCurrencies,
        query_type=V3ChannelsGetQuery,
        envelope=True,
        operation_id="getChannel",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsGetQuery],
    ) -> ChannelWithCurrencies:
        """`GET /v3/channels/{channel_id}` (getChannel).

        Returns one `ChannelWithCurrencies`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            query: the query parameters (`V3ChannelsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ChannelWithCurrencies]] = Operation(
        method="PUT",
        path="channels/{channel_id}",
        version="v3",
        result="one",
        model=ChannelWithCurrencies,
        body_type=ChannelUpdate,
        envelope=True,
        operation_id="updateChannel",
    )

    def update(
        self,
        channel_id: int,
        body: ChannelUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelWithCurrencies:
        """`PUT /v3/channels/{channel_id}` (updateChannel).

        Returns one `ChannelWithCurrencies`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `ChannelUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
