# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsMetafields` resource (v3)."""

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
from ..models.cart_metafield_create_many_item import CartMetafieldCreateManyItem
from ..models.cart_metafield_update_many_item import CartMetafieldUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CartsMetafieldsAllQuery(TypedDict, total=False):
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
class V3CartsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    direction: Literal["asc", "desc"]
    key: str
    limit: int
    namespace: str
    page: int


@with_config(REQUEST_CONFIG)
class V3CartsMetafieldsGetCartMetafieldQuery(TypedDict, total=False):
    """Query parameters of `get_cart_metafield`; `x__in` is sent as `x:in` (either spelling may
    be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
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

    _op_all: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="GET",
        path="carts/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        query_type=V3CartsMetafieldsAllQuery,
        envelope=True,
        operation_id="getCartsMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsMetafieldsAllQuery],
    ) -> list[CartMetafield]:
        """`GET /v3/carts/metafields` (getCartsMetafields).

        Returns one page of `CartMetafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CartsMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "carts/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CartMetafield]]] = Operation(
        method="GET",
        path="carts/metafields",
        version="v3",
        result="pages",
        model=CartMetafield,
        query_type=V3CartsMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getCartsMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsMetafieldsAllQuery],
    ) -> Iterator[CartMetafield]:
        """`GET /v3/carts/metafields` (getCartsMetafields).

        Yields every `CartMetafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CartsMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "carts/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CartMetafield]] = Operation(
        method="POST",
        path="carts/{cart_id}/metafields",
        version="v3",
        result="one",
        model=CartMetafield,
        body_type=MetafieldCreateInput,
        envelope=True,
        operation_id="createCartMetafield",
    )

    def create(
        self,
        cart_id: str,
        body: MetafieldCreateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartMetafield:
        """`POST /v3/carts/{cart_id}/metafields` (createCartMetafield).

        Returns one `CartMetafield`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            body: `MetafieldCreateInput`, the request body.
        """
        return self._call(
            self._op_create,
            f"carts/{segment(cart_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="POST",
        path="carts/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        body_type=list[CartMetafieldCreateManyItem],
        envelope=True,
        operation_id="createCartsMetafields",
    )

    def create_many(
        self,
        body: list[CartMetafieldCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CartMetafield]:
        """`POST /v3/carts/metafields` (createCartsMetafields).

        Returns a list of `CartMetafield` objects.

        Args:
            body: `list[CartMetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "carts/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="carts/{cart_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCartMetafield",
    )

    def delete(
        self,
        cart_id: str,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/carts/{cart_id}/metafields/{metafield_id}` (deleteCartMetafield).

        Returns None (the answer has no body).

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="carts/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteCartsMetafields",
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
        """`DELETE /v3/carts/metafields` (deleteCartsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "carts/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CartMetafield]] = Operation(
        method="GET",
        path="carts/{cart_id}/metafields",
        version="v3",
        result="one",
        model=CartMetafield,
        query_type=V3CartsMetafieldsGetQuery,
        envelope=True,
        operation_id="getCartMetafields",
    )

    def get(
        self,
        cart_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsMetafieldsGetQuery],
    ) -> CartMetafield:
        """`GET /v3/carts/{cart_id}/metafields` (getCartMetafields).

        Returns one `CartMetafield`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            query: the query parameters (`V3CartsMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"carts/{segment(cart_id)}/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_cart_metafield: ClassVar[Operation[CartMetafield]] = Operation(
        method="GET",
        path="carts/{cart_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CartMetafield,
        query_type=V3CartsMetafieldsGetCartMetafieldQuery,
        envelope=True,
        operation_id="getCartMetafield",
    )

    def get_cart_metafield(
        self,
        cart_id: str,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsMetafieldsGetCartMetafieldQuery],
    ) -> CartMetafield:
        """`GET /v3/carts/{cart_id}/metafields/{metafield_id}` (getCartMetafield).

        Returns one `CartMetafield`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CartsMetafieldsGetCartMetafieldQuery`).
        """
        return self._call(
            self._op_get_cart_metafield,
            f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CartMetafield]] = Operation(
        method="PUT",
        path="carts/{cart_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CartMetafield,
        body_type=MetafieldUpdateInput,
        envelope=True,
        operation_id="updateCartMetafield",
    )

    def update(
        self,
        cart_id: str,
        metafield_id: int,
        body: MetafieldUpdateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartMetafield:
        """`PUT /v3/carts/{cart_id}/metafields/{metafield_id}` (updateCartMetafield).

        Returns one `CartMetafield`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdateInput`, the request body.
        """
        return self._call(
            self._op_update,
            f"carts/{segment(cart_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CartMetafield]]] = Operation(
        method="PUT",
        path="carts/metafields",
        version="v3",
        result="many",
        model=CartMetafield,
        body_type=list[CartMetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateCartsMetafields",
    )

    def update_many(
        self,
        body: list[CartMetafieldUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CartMetafield]:
        """`PUT /v3/carts/metafields` (updateCartsMetafields).

        Returns a list of `CartMetafield` objects.

        Args:
            body: `list[CartMetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "carts/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
