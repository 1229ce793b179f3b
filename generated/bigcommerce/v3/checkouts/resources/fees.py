# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsFees` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout import Checkout
from ..models.checkout_fee_delete_all import CheckoutFeeDeleteAll
from ..models.checkout_fee_update import CheckoutFeeUpdate


class V3CheckoutsFees(NodeResource):
    """`api.checkouts.fees` (v3): delete_all, update."""

    _op_delete_all: ClassVar[Operation[Checkout]] = Operation(
        method="DELETE",
        path="checkouts/{checkout_id}/fees",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutFeeDeleteAll,
        envelope=True,
        operation_id="CheckoutsFeesByCheckoutIdDelete",
    )

    def delete_all(
        self,
        checkout_id: str,
        body: CheckoutFeeDeleteAll,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`DELETE /v3/checkouts/{checkout_id}/fees` (CheckoutsFeesByCheckoutIdDelete).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutFeeDeleteAll`, the request body.
        """
        return self._call(
            self._op_delete_all,
            f"checkouts/{segment(checkout_id)}/fees",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Checkout]] = Operation(
        method="PUT",
        path="checkouts/{checkout_id}/fees",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutFeeUpdate,
        envelope=True,
        operation_id="CheckoutsFeesByCheckoutIdPut",
    )

    def update(
        self,
        checkout_id: str,
        body: CheckoutFeeUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}/fees` (CheckoutsFeesByCheckoutIdPut).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutFeeUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"checkouts/{segment(checkout_id)}/fees",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
