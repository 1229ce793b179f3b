# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryAdjustmentsRelative` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.adjustments_relative_request import AdjustmentsRelativeRequestCreate
from ..models.simple_transaction_response import SimpleTransactionResponse


class V3InventoryAdjustmentsRelative(NodeResource):
    """`api.inventory.adjustments.relative` (v3): create."""

    _version = "v3"

    def create(self, body: AdjustmentsRelativeRequestCreate, /) -> SimpleTransactionResponse:
        """`POST /v3/inventory/adjustments/relative` (post-relative-adjustment)."""
        return self._one(
            SimpleTransactionResponse,
            "POST",
            "inventory/adjustments/relative",
            {},
            None,
            body=body,
            body_type=AdjustmentsRelativeRequestCreate,
        )
