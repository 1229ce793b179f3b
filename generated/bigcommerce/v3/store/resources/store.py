# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Store` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .metafields import V3StoreMetafields
    from .systemlogs import V3StoreSystemlogs


class V3Store(NodeResource):
    """`api.store` (v3): a namespace."""

    @cached_property
    def metafields(self) -> V3StoreMetafields:
        from .metafields import V3StoreMetafields

        return V3StoreMetafields(self._connection)

    @cached_property
    def systemlogs(self) -> V3StoreSystemlogs:
        from .systemlogs import V3StoreSystemlogs

        return V3StoreSystemlogs(self._connection)
