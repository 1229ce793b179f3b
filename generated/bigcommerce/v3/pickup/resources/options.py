# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `V3PickupOptions` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.option_create import OptionCreate
from ..models.pickup_options import PickupOptions


class V3PickupOptions(NodeResource):
    """`api.pickup.options` (v3): create."""

    _op_create: ClassVar[Operation[PickupOptions]] = Operation(
        method="POST",
        path="pickup/options",
        version="v3",
        result="one",
        model=PickupOptions,
        body_type=OptionCreate,
        operation_id="post-pickup-options",
    )

    def create(
        self,
        body: OptionCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PickupOptions:
        """`POST /v3/pickup/options` (post-pickup-options).

        Returns one `PickupOptions`.

        Args:
            body: `OptionCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "pickup/options",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
