# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsSearchFilters` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from ..models.configured_filter import ConfiguredFilter, ConfiguredFilterUpdate

if TYPE_CHECKING:
    from .v3_settings_search_filters_available import V3SettingsSearchFiltersAvailable
    from .v3_settings_search_filters_contexts import V3SettingsSearchFiltersContexts


class V3SettingsSearchFilters(NodeResource):
    """`api.settings.search.filters` (v3): all, update_many."""

    _version = "v3"

    @cached_property
    def available(self) -> V3SettingsSearchFiltersAvailable:
        from .v3_settings_search_filters_available import V3SettingsSearchFiltersAvailable

        return V3SettingsSearchFiltersAvailable(self._connection)

    @cached_property
    def contexts(self) -> V3SettingsSearchFiltersContexts:
        from .v3_settings_search_filters_contexts import V3SettingsSearchFiltersContexts

        return V3SettingsSearchFiltersContexts(self._connection)

    def all(self) -> list[ConfiguredFilter]:
        """`GET /v3/settings/search/filters` (getSettingsEnabledSearchFilters)."""
        return self._many(
            ConfiguredFilter, "GET", "settings/search/filters", {}, None, envelope=True
        )

    def update_many(self, body: list[ConfiguredFilterUpdate], /) -> list[ConfiguredFilter]:
        """`PUT /v3/settings/search/filters` (updateSettingsEnabledSearchFilters)."""
        return self._many(
            ConfiguredFilter,
            "PUT",
            "settings/search/filters",
            {},
            None,
            body=body,
            body_type=list[ConfiguredFilterUpdate],
            envelope=True,
        )
