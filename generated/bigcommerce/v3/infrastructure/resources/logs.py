# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3InfrastructureLogs` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .logs_tail import V3InfrastructureLogsTail


class V3InfrastructureLogs(NodeResource):
    """`api.infrastructure.logs` (v3): a namespace."""

    @cached_property
    def tail(self) -> V3InfrastructureLogsTail:
        from .logs_tail import V3InfrastructureLogsTail

        return V3InfrastructureLogsTail(self._connection)
