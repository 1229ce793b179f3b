# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontStatus` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_status_update import StorefrontStatusUpdate, StorefrontStatusUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontStatusGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontStatusUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontStatus(NodeResource):
    """`api.settings.storefront.status` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontStatusUpdate]] = Operation(
        method="GET",
        path="settings/storefront/status",
        version="v3",
        result="one",
        model=StorefrontStatusUpdate,
        query_type=V3SettingsStorefrontStatusGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontStatus",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontStatusGetQuery],
    ) -> StorefrontStatusUpdate:
        """`GET /v3/settings/storefront/status` (getSettingsStorefrontStatus).

        Returns one `StorefrontStatusUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontStatusGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/status",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontStatusUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/status",
        version="v3",
        result="one",
        model=StorefrontStatusUpdate,
        query_type=V3SettingsStorefrontStatusUpdateQuery,
        body_type=StorefrontStatusUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontStatus",
    )

    def update(
        self,
        body: StorefrontStatusUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontStatusUpdateQuery],
    ) -> StorefrontStatusUpdate:
        """`PUT /v3/settings/storefront/status` (updateSettingsStorefrontStatus).

        Returns one `StorefrontStatusUpdate`.

        Args:
            body: `StorefrontStatusUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontStatusUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/status",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
