# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsListings` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.channel_listing_create_many_item import ChannelListingCreateManyItem
from ..models.channel_listing_update_many_item import ChannelListingUpdateManyItem
from ..models.listing import Listing


@with_config(REQUEST_CONFIG)
class V3ChannelsListingsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: int
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
    limit: int
    product_id__in: list[int]
    """Sent as `product_id:in`."""


class V3ChannelsListings(NodeResource):
    """`api.channels.listings` (v3): all, iterall, create_many, get, update_many."""

    _op_all: ClassVar[Operation[list[Listing]]] = Operation(
        method="GET",
        path="channels/{channel_id}/listings",
        version="v3",
        result="many",
        model=Listing,
        query_type=V3ChannelsListingsAllQuery,
        envelope=True,
        operation_id="getChannelListings",
    )

    def all(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsListingsAllQuery],
    ) -> list[Listing]:
        """`GET /v3/channels/{channel_id}/listings` (getChannelListings).

        Returns one page of `Listing` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            query: the query parameters (`V3ChannelsListingsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            f"channels/{segment(channel_id)}/listings",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Listing]]] = Operation(
        method="GET",
        path="channels/{channel_id}/listings",
        version="v3",
        result="pages",
        model=Listing,
        query_type=V3ChannelsListingsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getChannelListings",
    )

    def iterall(
        self,
        channel_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ChannelsListingsAllQuery],
    ) -> Iterator[Listing]:
        """`GET /v3/channels/{channel_id}/listings` (getChannelListings).

        Yields every `Listing` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ChannelsListingsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"channels/{segment(channel_id)}/listings",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Listing]]] = Operation(
        method="POST",
        path="channels/{channel_id}/listings",
        version="v3",
        result="many",
        model=Listing,
        body_type=list[ChannelListingCreateManyItem],
        envelope=True,
        operation_id="createChannelListings",
    )

    def create_many(
        self,
        channel_id: int,
        body: list[ChannelListingCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Listing]:
        """`POST /v3/channels/{channel_id}/listings` (createChannelListings).

        Returns a list of `Listing` objects.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `list[ChannelListingCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            f"channels/{segment(channel_id)}/listings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Listing]] = Operation(
        method="GET",
        path="channels/{channel_id}/listings/{listing_id}",
        version="v3",
        result="one",
        model=Listing,
        envelope=True,
        operation_id="getChannelListing",
    )

    def get(
        self,
        channel_id: int,
        listing_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Listing:
        """`GET /v3/channels/{channel_id}/listings/{listing_id}` (getChannelListing).

        Returns one `Listing`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            listing_id: `int`, the path's `{listing_id}`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/listings/{segment(listing_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Listing]]] = Operation(
        method="PUT",
        path="channels/{channel_id}/listings",
        version="v3",
        result="many",
        model=Listing,
        body_type=list[ChannelListingUpdateManyItem],
        envelope=True,
        operation_id="updateChannelListings",
    )

    def update_many(
        self,
        channel_id: int,
        body: list[ChannelListingUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Listing]:
        """`PUT /v3/channels/{channel_id}/listings` (updateChannelListings).

        Returns a list of `Listing` objects.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `list[ChannelListingUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            f"channels/{segment(channel_id)}/listings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
