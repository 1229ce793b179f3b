# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryAdjustmentsAbsolute` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.adjustments_absolute_request import AdjustmentsAbsoluteRequestUpdate
from ..models.simple_transaction_response import SimpleTransactionResponse


class V3InventoryAdjustmentsAbsolute(NodeResource):
    """`api.inventory.adjustments.absolute` (v3): update."""

    _version = "v3"

    def update(self, body: AdjustmentsAbsoluteRequestUpdate, /) -> SimpleTransactionResponse:
        """`PUT /v3/inventory/adjustments/absolute` (put-absolute-adjustment)."""
        return self._one(
            SimpleTransactionResponse,
            "PUT",
            "inventory/adjustments/absolute",
            {},
            None,
            body=body,
            body_type=AdjustmentsAbsoluteRequestUpdate,
        )
