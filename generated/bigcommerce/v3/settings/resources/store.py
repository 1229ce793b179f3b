# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3SettingsStore` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .store_locale import V3SettingsStoreLocale
    from .store_profile import V3SettingsStoreProfile
    from .store_units_of_measurement import V3SettingsStoreUnitsOfMeasurement


class V3SettingsStore(NodeResource):
    """`api.settings.store` (v3): a namespace."""

    @cached_property
    def locale(self) -> V3SettingsStoreLocale:
        from .store_locale import V3SettingsStoreLocale

        return V3SettingsStoreLocale(self._connection)

    @cached_property
    def profile(self) -> V3SettingsStoreProfile:
        from .store_profile import V3SettingsStoreProfile

        return V3SettingsStoreProfile(self._connection)

    @cached_property
    def units_of_measurement(self) -> V3SettingsStoreUnitsOfMeasurement:
        from .store_units_of_measurement import V3SettingsStoreUnitsOfMeasurement

        return V3SettingsStoreUnitsOfMeasurement(self._connection)
