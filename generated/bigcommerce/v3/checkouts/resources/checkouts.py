# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3Checkouts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout import Checkout
from ..models.checkout_fee_create import CheckoutFeeCreate
from ..models.checkout_update import CheckoutUpdate

if TYPE_CHECKING:
    from .billing_address import V3CheckoutsBillingAddress
    from .consignments import V3CheckoutsConsignments
    from .coupons import V3CheckoutsCoupons
    from .discounts import V3CheckoutsDiscounts
    from .fees import V3CheckoutsFees
    from .orders import V3CheckoutsOrders
    from .settings import V3CheckoutsSettings
    from .token import V3CheckoutsToken


@with_config(REQUEST_CONFIG)
class V3CheckoutsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[
        Literal[
            "cart.line_items.physical_items.options",
            "cart.line_items.digital_items.options",
            "consignments.available_shipping_options",
            "promotions.banners",
        ]
    ]


class V3Checkouts(NodeResource):
    """`api.checkouts` (v3): checkouts_fees_by_checkout_id_post, get, update."""

    @cached_property
    def billing_address(self) -> V3CheckoutsBillingAddress:
        from .billing_address import V3CheckoutsBillingAddress

        return V3CheckoutsBillingAddress(self._connection)

    @cached_property
    def consignments(self) -> V3CheckoutsConsignments:
        from .consignments import V3CheckoutsConsignments

        return V3CheckoutsConsignments(self._connection)

    @cached_property
    def coupons(self) -> V3CheckoutsCoupons:
        from .coupons import V3CheckoutsCoupons

        return V3CheckoutsCoupons(self._connection)

    @cached_property
    def discounts(self) -> V3CheckoutsDiscounts:
        from .discounts import V3CheckoutsDiscounts

        return V3CheckoutsDiscounts(self._connection)

    @cached_property
    def fees(self) -> V3CheckoutsFees:
        from .fees import V3CheckoutsFees

        return V3CheckoutsFees(self._connection)

    @cached_property
    def orders(self) -> V3CheckoutsOrders:
        from .orders import V3CheckoutsOrders

        return V3CheckoutsOrders(self._connection)

    @cached_property
    def settings(self) -> V3CheckoutsSettings:
        from .settings import V3CheckoutsSettings

        return V3CheckoutsSettings(self._connection)

    @cached_property
    def token(self) -> V3CheckoutsToken:
        from .token import V3CheckoutsToken

        return V3CheckoutsToken(self._connection)

    _op_checkouts_fees_by_checkout_id_post: ClassVar[Operation[Checkout]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/fees",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutFeeCreate,
        envelope=True,
        operation_id="CheckoutsFeesByCheckoutIdPost",
    )

    def checkouts_fees_by_checkout_id_post(
        self,
        checkout_id: str,
        body: CheckoutFeeCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/fees` (CheckoutsFeesByCheckoutIdPost).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutFeeCreate`, the request body.
        """
        return self._call(
            self._op_checkouts_fees_by_checkout_id_post,
            f"checkouts/{segment(checkout_id)}/fees",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Checkout]] = Operation(
        method="GET",
        path="checkouts/{checkout_id}",
        version="v3",
        result="one",
        model=Checkout,
        query_type=V3CheckoutsGetQuery,
        envelope=True,
        operation_id="getCheckout",
    )

    def get(
        self,
        checkout_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CheckoutsGetQuery],
    ) -> Checkout:
        """`GET /v3/checkouts/{checkout_id}` (getCheckout).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            query: the query parameters (`V3CheckoutsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"checkouts/{segment(checkout_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Checkout]] = Operation(
        method="PUT",
        path="checkouts/{checkout_id}",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutUpdate,
        envelope=True,
        operation_id="updateCheckout",
    )

    def update(
        self,
        checkout_id: str,
        body: CheckoutUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}` (updateCheckout).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"checkouts/{segment(checkout_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
