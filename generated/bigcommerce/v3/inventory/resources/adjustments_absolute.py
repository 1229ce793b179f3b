# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryAdjustmentsAbsolute` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.adjustments_absolute_update import AdjustmentsAbsoluteUpdateBody
from ..models.simple_transaction import SimpleTransaction


class V3InventoryAdjustmentsAbsolute(NodeResource):
    """`api.inventory.adjustments.absolute` (v3): update."""

    _op_update: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="PUT",
        path="inventory/adjustments/absolute",
        version="v3",
        result="one",
        model=SimpleTransaction,
        body_type=AdjustmentsAbsoluteUpdateBody,
        operation_id="put-absolute-adjustment",
    )

    def update(
        self,
        body: AdjustmentsAbsoluteUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SimpleTransaction:
        """`PUT /v3/inventory/adjustments/absolute` (put-absolute-adjustment).

        Returns one `SimpleTransaction`.

        Args:
            body: `AdjustmentsAbsoluteUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            "inventory/adjustments/absolute",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
