# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Settings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .analytics import V3SettingsAnalytics
    from .catalog import V3SettingsCatalog
    from .email_statuses import V3SettingsEmailStatuses
    from .favicon import V3SettingsFavicon
    from .inventory import V3SettingsInventory
    from .logo import V3SettingsLogo
    from .search import V3SettingsSearch
    from .store import V3SettingsStore
    from .storefront import V3SettingsStorefront


class V3Settings(NodeResource):
    """`api.settings` (v3): a namespace."""

    @cached_property
    def analytics(self) -> V3SettingsAnalytics:
        from .analytics import V3SettingsAnalytics

        return V3SettingsAnalytics(self._connection)

    @cached_property
    def catalog(self) -> V3SettingsCatalog:
        from .catalog import V3SettingsCatalog

        return V3SettingsCatalog(self._connection)

    @cached_property
    def email_statuses(self) -> V3SettingsEmailStatuses:
        from .email_statuses import V3SettingsEmailStatuses

        return V3SettingsEmailStatuses(self._connection)

    @cached_property
    def favicon(self) -> V3SettingsFavicon:
        from .favicon import V3SettingsFavicon

        return V3SettingsFavicon(self._connection)

    @cached_property
    def inventory(self) -> V3SettingsInventory:
        from .inventory import V3SettingsInventory

        return V3SettingsInventory(self._connection)

    @cached_property
    def logo(self) -> V3SettingsLogo:
        from .logo import V3SettingsLogo

        return V3SettingsLogo(self._connection)

    @cached_property
    def search(self) -> V3SettingsSearch:
        from .search import V3SettingsSearch

        return V3SettingsSearch(self._connection)

    @cached_property
    def store(self) -> V3SettingsStore:
        from .store import V3SettingsStore

        return V3SettingsStore(self._connection)

    @cached_property
    def storefront(self) -> V3SettingsStorefront:
        from .storefront import V3SettingsStorefront

        return V3SettingsStorefront(self._connection)
