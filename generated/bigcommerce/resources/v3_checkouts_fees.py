# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsFees` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.checkout import Checkout
from ..models.delete_fees_request import DeleteFeesRequestCreate
from ..models.update_fees_request import UpdateFeesRequestUpdate


class V3CheckoutsFees(NodeResource):
    """`api.checkouts.fees` (v3): delete_all, update."""

    _version = "v3"

    def delete_all(self, checkout_id: str, body: DeleteFeesRequestCreate, /) -> Checkout:
        """`DELETE /v3/checkouts/{checkout_id}/fees` (CheckoutsFeesByCheckoutIdDelete)."""
        return self._one(
            Checkout,
            "DELETE",
            f"checkouts/{segment(checkout_id)}/fees",
            {},
            None,
            body=body,
            body_type=DeleteFeesRequestCreate,
            envelope=True,
        )

    def update(self, checkout_id: str, body: UpdateFeesRequestUpdate, /) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}/fees` (CheckoutsFeesByCheckoutIdPut)."""
        return self._one(
            Checkout,
            "PUT",
            f"checkouts/{segment(checkout_id)}/fees",
            {},
            None,
            body=body,
            body_type=UpdateFeesRequestUpdate,
            envelope=True,
        )
