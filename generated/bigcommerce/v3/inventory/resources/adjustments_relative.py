# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryAdjustmentsRelative` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.adjustments_absolute_update import AdjustmentsAbsoluteUpdate
from ..models.simple_transaction import SimpleTransaction


class V3InventoryAdjustmentsRelative(NodeResource):
    """`api.inventory.adjustments.relative` (v3): create."""

    _op_create: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="POST",
        path="inventory/adjustments/relative",
        version="v3",
        result="one",
        model=SimpleTransaction,
        body_type=AdjustmentsAbsoluteUpdate,
        operation_id="post-relative-adjustment",
    )

    def create(
        self,
        body: AdjustmentsAbsoluteUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SimpleTransaction:
        """`POST /v3/inventory/adjustments/relative` (post-relative-adjustment).

        Returns one `SimpleTransaction`.

        Args:
            body: `AdjustmentsAbsoluteUpdate`, the request body.
        """
        return self._call(
            self._op_create,
            "inventory/adjustments/relative",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
