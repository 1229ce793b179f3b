# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreLocale` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.locale import Locale, LocaleUpdate


class V3SettingsStoreLocale(NodeResource):
    """`api.settings.store.locale` (v3): get, update."""

    _version = "v3"

    def get(self) -> Locale:
        """`GET /v3/settings/store/locale` (getSettingsLocale)."""
        return self._one(Locale, "GET", "settings/store/locale", {}, None, envelope=True)

    def update(self, body: LocaleUpdate, /) -> Locale:
        """`PUT /v3/settings/store/locale` (updateSettingsLocale)."""
        return self._one(
            Locale,
            "PUT",
            "settings/store/locale",
            {},
            None,
            body=body,
            body_type=LocaleUpdate,
            envelope=True,
        )
