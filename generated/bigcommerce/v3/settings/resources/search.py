# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3SettingsSearch` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .search_filters import V3SettingsSearchFilters


class V3SettingsSearch(NodeResource):
    """`api.settings.search` (v3): a namespace."""

    @cached_property
    def filters(self) -> V3SettingsSearchFilters:
        from .search_filters import V3SettingsSearchFilters

        return V3SettingsSearchFilters(self._connection)
