# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.carts_v3_metafield import CartsV3Metafield
from ..models.create_carts_metafields_request_item import CreateCartsMetafieldsRequestItemCreate
from ..models.metafield_base_post import MetafieldBasePostCreate, MetafieldBasePostUpdate
from ..models.update_carts_metafields_request_item import UpdateCartsMetafieldsRequestItemUpdate


@with_config(REQUEST_CONFIG)
class V3CartsMetafieldsAllQuery(TypedDict, total=False):
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
class V3CartsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    direction: Literal["asc", "desc"]
    key: str
    limit: int
    namespace: str
    page: int


@with_config(REQUEST_CONFIG)
class V3CartsMetafieldsGetCartMetafieldQuery(TypedDict, total=False):
    """Query parameters of `get_cart_metafield`; `x__in` is sent as `x:in`; unknown keys are
    refused.
    """

    direction: Literal["asc", "desc"]
    key: str
    limit: int
    namespace: str
    page: int


class V3CartsMetafields(NodeResource):
    """`api.carts.metafields` (v3): all, iterall, create, create_many, delete, delete_many, get,
    get_cart_metafield, update, update_many.
    """

    _version = "v3"

    def all(self, **query: Unpack[V3CartsMetafieldsAllQuery]) -> list[CartsV3Metafield]:
        """`GET /v3/carts/metafields` (getCartsMetafields)."""
        return self._many(
            CartsV3Metafield,
            "GET",
            "carts/metafields",
            query,
            V3CartsMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CartsMetafieldsAllQuery]
    ) -> Iterator[CartsV3Metafield]:
        """Every item of every page of `GET /v3/carts/metafields` (getCartsMetafields), one page
        in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            CartsV3Metafield,
            "GET",
            "carts/metafields",
            query,
            V3CartsMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(self, cart_id: str, body: MetafieldBasePostCreate, /) -> CartsV3Metafield:
        """`POST /v3/carts/{cart_id}/metafields` (createCartMetafield)."""
        return self._one(
            CartsV3Metafield,
            "POST",
            f"carts/{segment(cart_id)}/metafields",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateCartsMetafieldsRequestItemCreate], /
    ) -> list[CartsV3Metafield]:
        """`POST /v3/carts/metafields` (createCartsMetafields)."""
        return self._many(
            CartsV3Metafield,
            "POST",
            "carts/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateCartsMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, cart_id: str, metafield_id: int, /) -> None:
        """`DELETE /v3/carts/{cart_id}/metafields/{metafield_id}` (deleteCartMetafield)."""
        return self._nothing(
            "DELETE", f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}", {}, None
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/carts/metafields` (deleteCartsMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "carts/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(self, cart_id: str, /, **query: Unpack[V3CartsMetafieldsGetQuery]) -> CartsV3Metafield:
        """`GET /v3/carts/{cart_id}/metafields` (getCartMetafields)."""
        return self._one(
            CartsV3Metafield,
            "GET",
            f"carts/{segment(cart_id)}/metafields",
            query,
            V3CartsMetafieldsGetQuery,
            envelope=True,
        )

    def get_cart_metafield(
        self,
        cart_id: str,
        metafield_id: int,
        /,
        **query: Unpack[V3CartsMetafieldsGetCartMetafieldQuery],
    ) -> CartsV3Metafield:
        """`GET /v3/carts/{cart_id}/metafields/{metafield_id}` (getCartMetafield)."""
        return self._one(
            CartsV3Metafield,
            "GET",
            f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}",
            query,
            V3CartsMetafieldsGetCartMetafieldQuery,
            envelope=True,
        )

    def update(
        self, cart_id: str, metafield_id: int, body: MetafieldBasePostUpdate, /
    ) -> CartsV3Metafield:
        """`PUT /v3/carts/{cart_id}/metafields/{metafield_id}` (updateCartMetafield)."""
        return self._one(
            CartsV3Metafield,
            "PUT",
            f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateCartsMetafieldsRequestItemUpdate], /
    ) -> list[CartsV3Metafield]:
        """`PUT /v3/carts/metafields` (updateCartsMetafields)."""
        return self._many(
            CartsV3Metafield,
            "PUT",
            "carts/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateCartsMetafieldsRequestItemUpdate],
            envelope=True,
        )
