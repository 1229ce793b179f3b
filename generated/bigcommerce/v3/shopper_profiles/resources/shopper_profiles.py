# Generated from spec/imported/v3/shopper_profiles.yaml by codegen (`make generate`); do not edit.
"""The `V3ShopperProfiles` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.shopper_profile import ShopperProfile
from ..models.shopper_profile_create_many_item import ShopperProfileCreateManyItem

if TYPE_CHECKING:
    from .segments import V3ShopperProfilesSegments


@with_config(REQUEST_CONFIG)
class V3ShopperProfilesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3ShopperProfilesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[str]
    """Sent as `id:in`."""


class V3ShopperProfiles(NodeResource):
    """`api.shopper_profiles` (v3): all, iterall, create_many, delete_all."""

    @cached_property
    def segments(self) -> V3ShopperProfilesSegments:
        from .segments import V3ShopperProfilesSegments

        return V3ShopperProfilesSegments(self._connection)

    _op_all: ClassVar[Operation[list[ShopperProfile]]] = Operation(
        method="GET",
        path="shopper-profiles",
        version="v3",
        result="many",
        model=ShopperProfile,
        query_type=V3ShopperProfilesAllQuery,
        envelope=True,
        operation_id="GetShopperList",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShopperProfilesAllQuery],
    ) -> list[ShopperProfile]:
        """`GET /v3/shopper-profiles` (GetShopperList).

        Returns one page of `ShopperProfile` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ShopperProfilesAllQuery`).
        """
        return self._call(
            self._op_all,
            "shopper-profiles",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ShopperProfile]]] = Operation(
        method="GET",
        path="shopper-profiles",
        version="v3",
        result="pages",
        model=ShopperProfile,
        query_type=V3ShopperProfilesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="GetShopperList",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShopperProfilesAllQuery],
    ) -> Iterator[ShopperProfile]:
        """`GET /v3/shopper-profiles` (GetShopperList).

        Yields every `ShopperProfile` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ShopperProfilesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            "shopper-profiles",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[ShopperProfile]]] = Operation(
        method="POST",
        path="shopper-profiles",
        version="v3",
        result="many",
        model=ShopperProfile,
        body_type=list[ShopperProfileCreateManyItem],
        envelope=True,
        operation_id="ShopperProfilesRequest",
    )

    def create_many(
        self,
        body: list[ShopperProfileCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ShopperProfile]:
        """`POST /v3/shopper-profiles` (ShopperProfilesRequest).

        Returns a list of `ShopperProfile` objects.

        Args:
            body: `list[ShopperProfileCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "shopper-profiles",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="shopper-profiles",
        version="v3",
        result="nothing",
        query_type=V3ShopperProfilesDeleteAllQuery,
        operation_id="DeleteStoreShopperProfile",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShopperProfilesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/shopper-profiles` (DeleteStoreShopperProfile).

        Returns None (the answer has no body).

        Args:
            query: the query parameters (`V3ShopperProfilesDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "shopper-profiles",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
