# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsDiscounts` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.add_checkout_discount_request import AddCheckoutDiscountRequestCreate
from ..models.checkout import Checkout


class V3CheckoutsDiscounts(NodeResource):
    """`api.checkouts.discounts` (v3): create."""

    _version = "v3"

    def create(self, checkout_id: str, body: AddCheckoutDiscountRequestCreate, /) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/discounts` (addCheckoutDiscount)."""
        return self._one(
            Checkout,
            "POST",
            f"checkouts/{segment(checkout_id)}/discounts",
            {},
            None,
            body=body,
            body_type=AddCheckoutDiscountRequestCreate,
            envelope=True,
        )
