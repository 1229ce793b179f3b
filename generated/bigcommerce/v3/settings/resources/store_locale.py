# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreLocale` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.store_locale_update import StoreLocaleUpdate, StoreLocaleUpdateBody


class V3SettingsStoreLocale(NodeResource):
    """`api.settings.store.locale` (v3): get, update."""

    _op_get: ClassVar[Operation[StoreLocaleUpdate]] = Operation(
        method="GET",
        path="settings/store/locale",
        version="v3",
        result="one",
        model=StoreLocaleUpdate,
        envelope=True,
        operation_id="getSettingsLocale",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> StoreLocaleUpdate:
        """`GET /v3/settings/store/locale` (getSettingsLocale).

        Returns one `StoreLocaleUpdate`.
        """
        return self._call(
            self._op_get,
            "settings/store/locale",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StoreLocaleUpdate]] = Operation(
        method="PUT",
        path="settings/store/locale",
        version="v3",
        result="one",
        model=StoreLocaleUpdate,
        body_type=StoreLocaleUpdateBody,
        envelope=True,
        operation_id="updateSettingsLocale",
    )

    def update(
        self,
        body: StoreLocaleUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> StoreLocaleUpdate:
        """`PUT /v3/settings/store/locale` (updateSettingsLocale).

        Returns one `StoreLocaleUpdate`.

        Args:
            body: `StoreLocaleUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            "settings/store/locale",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
