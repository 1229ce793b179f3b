# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3TaxProviders` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .providers_connection import V3TaxProvidersConnection


class V3TaxProviders(NodeResource):
    """`api.tax.providers` (v3): a namespace."""

    @cached_property
    def connection(self) -> V3TaxProvidersConnection:
        from .providers_connection import V3TaxProvidersConnection

        return V3TaxProvidersConnection(self._connection)
