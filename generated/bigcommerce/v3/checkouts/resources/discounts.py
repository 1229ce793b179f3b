# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsDiscounts` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout import Checkout
from ..models.checkout_discount_create import CheckoutDiscountCreate


class V3CheckoutsDiscounts(NodeResource):
    """`api.checkouts.discounts` (v3): create."""

    _op_create: ClassVar[Operation[Checkout]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/discounts",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutDiscountCreate,
        envelope=True,
        operation_id="addCheckoutDiscount",
    )

    def create(
        self,
        checkout_id: str,
        body: CheckoutDiscountCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/discounts` (addCheckoutDiscount).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutDiscountCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"checkouts/{segment(checkout_id)}/discounts",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
