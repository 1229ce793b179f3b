# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Pickup` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .methods import V3PickupMethods
    from .options import V3PickupOptions


class V3Pickup(NodeResource):
    """`api.pickup` (v3): a namespace."""

    @cached_property
    def methods(self) -> V3PickupMethods:
        from .methods import V3PickupMethods

        return V3PickupMethods(self._connection)

    @cached_property
    def options(self) -> V3PickupOptions:
        from .options import V3PickupOptions

        return V3PickupOptions(self._connection)
