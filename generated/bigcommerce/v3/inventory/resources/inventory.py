# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Inventory` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .adjustments import V3InventoryAdjustments
    from .items import V3InventoryItems
    from .locations import V3InventoryLocations


class V3Inventory(NodeResource):
    """`api.inventory` (v3): a namespace."""

    @cached_property
    def adjustments(self) -> V3InventoryAdjustments:
        from .adjustments import V3InventoryAdjustments

        return V3InventoryAdjustments(self._connection)

    @cached_property
    def items(self) -> V3InventoryItems:
        from .items import V3InventoryItems

        return V3InventoryItems(self._connection)

    @cached_property
    def locations(self) -> V3InventoryLocations:
        from .locations import V3InventoryLocations

        return V3InventoryLocations(self._connection)
