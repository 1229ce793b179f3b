# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3InventoryAdjustments` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .adjustments_absolute import V3InventoryAdjustmentsAbsolute
    from .adjustments_relative import V3InventoryAdjustmentsRelative


class V3InventoryAdjustments(NodeResource):
    """`api.inventory.adjustments` (v3): a namespace."""

    @cached_property
    def absolute(self) -> V3InventoryAdjustmentsAbsolute:
        from .adjustments_absolute import V3InventoryAdjustmentsAbsolute

        return V3InventoryAdjustmentsAbsolute(self._connection)

    @cached_property
    def relative(self) -> V3InventoryAdjustmentsRelative:
        from .adjustments_relative import V3InventoryAdjustmentsRelative

        return V3InventoryAdjustmentsRelative(self._connection)
