# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3Carts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.cart import Cart
from ..models.cart_create import CartCreate
from ..models.cart_update import CartUpdate

if TYPE_CHECKING:
    from .items import V3CartsItems
    from .metafields import V3CartsMetafields
    from .redirect_urls import V3CartsRedirectUrls
    from .settings import V3CartsSettings


@with_config(REQUEST_CONFIG)
class V3CartsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[
        Literal[
            "redirect_urls",
            "line_items.physical_items.options",
            "line_items.digital_items.options",
            "promotions.banners",
        ]
    ]


@with_config(REQUEST_CONFIG)
class V3CartsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[
        Literal[
            "redirect_urls",
            "line_items.physical_items.options",
            "line_items.digital_items.options",
            "promotions.banners",
        ]
    ]


@with_config(REQUEST_CONFIG)
class V3CartsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[
        Literal[
            "redirect_urls",
            "line_items.physical_items.options",
            "line_items.digital_items.options",
            "promotions.banners",
        ]
    ]


class V3Carts(NodeResource):
    """`api.carts` (v3): create, delete, get, update."""

    @cached_property
    def items(self) -> V3CartsItems:
        from .items import V3CartsItems

        return V3CartsItems(self._connection)

    @cached_property
    def metafields(self) -> V3CartsMetafields:
        from .metafields import V3CartsMetafields

        return V3CartsMetafields(self._connection)

    @cached_property
    def redirect_urls(self) -> V3CartsRedirectUrls:
        from .redirect_urls import V3CartsRedirectUrls

        return V3CartsRedirectUrls(self._connection)

    @cached_property
    def settings(self) -> V3CartsSettings:
        from .settings import V3CartsSettings

        return V3CartsSettings(self._connection)

    _op_create: ClassVar[Operation[Cart]] = Operation(
        method="POST",
        path="carts",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsCreateQuery,
        body_type=CartCreate,
        envelope=True,
        operation_id="createCart",
    )

    def create(
        self,
        body: CartCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsCreateQuery],
    ) -> Cart:
        """`POST /v3/carts` (createCart).

        Returns one `Cart`.

        Args:
            body: `CartCreate`, the request body.
            query: the query parameters (`V3CartsCreateQuery`).
        """
        return self._call(
            self._op_create,
            "carts",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="carts/{cart_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCart",
    )

    def delete(
        self,
        cart_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/carts/{cart_id}` (deleteCart).

        Returns None (the answer has no body).

        Args:
            cart_id: `str`, the path's `{cart_id}`.
        """
        return self._call(
            self._op_delete,
            f"carts/{segment(cart_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Cart]] = Operation(
        method="GET",
        path="carts/{cart_id}",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsGetQuery,
        envelope=True,
        operation_id="getCart",
    )

    def get(
        self,
        cart_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsGetQuery],
    ) -> Cart:
        """`GET /v3/carts/{cart_id}` (getCart).

        Returns one `Cart`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            query: the query parameters (`V3CartsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"carts/{segment(cart_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Cart]] = Operation(
        method="PUT",
        path="carts/{cart_id}",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsUpdateQuery,
        body_type=CartUpdate,
        envelope=True,
        operation_id="updateCart",
    )

    def update(
        self,
        cart_id: str,
        body: CartUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsUpdateQuery],
    ) -> Cart:
        """`PUT /v3/carts/{cart_id}` (updateCart).

        Returns one `Cart`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            body: `CartUpdate`, the request body.
            query: the query parameters (`V3CartsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"carts/{segment(cart_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
