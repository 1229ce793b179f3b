# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreProfile` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.store_profile_update import StoreProfileUpdate, StoreProfileUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsStoreProfileGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStoreProfileUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStoreProfile(NodeResource):
    """`api.settings.store.profile` (v3): get, update."""

    _op_get: ClassVar[Operation[StoreProfileUpdate]] = Operation(
        method="GET",
        path="settings/store/profile",
        version="v3",
        result="one",
        model=StoreProfileUpdate,
        query_type=V3SettingsStoreProfileGetQuery,
        envelope=True,
        operation_id="getSettingsStoreProfile",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStoreProfileGetQuery],
    ) -> StoreProfileUpdate:
        """`GET /v3/settings/store/profile` (getSettingsStoreProfile).

        Returns one `StoreProfileUpdate`.

        Args:
            query: the query parameters (`V3SettingsStoreProfileGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/store/profile",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StoreProfileUpdate]] = Operation(
        method="PUT",
        path="settings/store/profile",
        version="v3",
        result="one",
        model=StoreProfileUpdate,
        query_type=V3SettingsStoreProfileUpdateQuery,
        body_type=StoreProfileUpdateBody,
        envelope=True,
        operation_id="updateSettingsStoreProfile",
    )

    def update(
        self,
        body: StoreProfileUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStoreProfileUpdateQuery],
    ) -> StoreProfileUpdate:
        """`PUT /v3/settings/store/profile` (updateSettingsStoreProfile).

        Returns one `StoreProfileUpdate`.

        Args:
            body: `StoreProfileUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStoreProfileUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/store/profile",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
