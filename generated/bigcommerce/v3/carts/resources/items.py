# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsItems` resource (v3)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.delete_coupon_code_delete import DeleteCouponCodeDelete
from ..models.cart import Cart
from ..models.cart_item_create import CartItemCreate
from ..models.cart_item_update import CartItemUpdate


@with_config(REQUEST_CONFIG)
class V3CartsItemsCreateQuery(TypedDict, total=False):
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
class V3CartsItemsDeleteQuery(TypedDict, total=False):
    """Query parameters of `delete`; `x__in` is sent as `x:in` (either spelling may be given);
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
class V3CartsItemsUpdateQuery(TypedDict, total=False):
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


class V3CartsItems(NodeResource):
    """`api.carts.items` (v3): create, delete, update."""

    _op_create: ClassVar[Operation[Cart]] = Operation(
        method="POST",
        path="carts/{cart_id}/items",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsItemsCreateQuery,
        body_type=CartItemCreate,
        envelope=True,
        operation_id="addCartLineItems",
    )

    def create(
        self,
        cart_id: str,
        body: CartItemCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsItemsCreateQuery],
    ) -> Cart:
        """`POST /v3/carts/{cart_id}/items` (addCartLineItems).

        Returns one `Cart`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            body: `CartItemCreate`, the request body.
            query: the query parameters (`V3CartsItemsCreateQuery`).
        """
        return self._call(
            self._op_create,
            f"carts/{segment(cart_id)}/items",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[Cart]] = Operation(
        method="DELETE",
        path="carts/{cart_id}/items/{item_id}",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsItemsDeleteQuery,
        body_type=DeleteCouponCodeDelete,
        envelope=True,
        operation_id="deleteCartLineItem",
    )

    def delete(
        self,
        cart_id: str,
        item_id: str,
        body: DeleteCouponCodeDelete,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsItemsDeleteQuery],
    ) -> Cart:
        """`DELETE /v3/carts/{cart_id}/items/{item_id}` (deleteCartLineItem).

        Returns one `Cart`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            item_id: `str`, the path's `{item_id}`.
            body: `DeleteCouponCodeDelete`, the request body.
            query: the query parameters (`V3CartsItemsDeleteQuery`).
        """
        return self._call(
            self._op_delete,
            f"carts/{segment(cart_id)}/items/{segment(item_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Cart]] = Operation(
        method="PUT",
        path="carts/{cart_id}/items/{item_id}",
        version="v3",
        result="one",
        model=Cart,
        query_type=V3CartsItemsUpdateQuery,
        body_type=CartItemUpdate,
        envelope=True,
        operation_id="updateCartLineItem",
    )

    def update(
        self,
        cart_id: str,
        item_id: str,
        body: CartItemUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CartsItemsUpdateQuery],
    ) -> Cart:
        """`PUT /v3/carts/{cart_id}/items/{item_id}` (updateCartLineItem).

        Returns one `Cart`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            item_id: `str`, the path's `{item_id}`.
            body: `CartItemUpdate`, the request body.
            query: the query parameters (`V3CartsItemsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"carts/{segment(cart_id)}/items/{segment(item_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
