# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsOrders` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.checkouts_v3_order import CheckoutsV3Order


class V3CheckoutsOrders(NodeResource):
    """`api.checkouts.orders` (v3): create."""

    _version = "v3"

    def create(self, checkout_id: str, /) -> CheckoutsV3Order:
        """`POST /v3/checkouts/{checkout_id}/orders` (createOrder)."""
        return self._one(
            CheckoutsV3Order,
            "POST",
            f"checkouts/{segment(checkout_id)}/orders",
            {},
            None,
            envelope=True,
        )
