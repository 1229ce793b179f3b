# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2Countries` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .states import V2CountriesStates


class V2Countries(NodeResource):
    """`api.v2.countries` (v2): a namespace."""

    @cached_property
    def states(self) -> V2CountriesStates:
        from .states import V2CountriesStates

        return V2CountriesStates(self._connection)
