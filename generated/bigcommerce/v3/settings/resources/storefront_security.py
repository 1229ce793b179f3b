# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontSecurity` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_security_update import (
    StorefrontSecurityUpdate,
    StorefrontSecurityUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSecurityGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSecurityUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontSecurity(NodeResource):
    """`api.settings.storefront.security` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontSecurityUpdate]] = Operation(
        method="GET",
        path="settings/storefront/security",
        version="v3",
        result="one",
        model=StorefrontSecurityUpdate,
        query_type=V3SettingsStorefrontSecurityGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontSecurity",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSecurityGetQuery],
    ) -> StorefrontSecurityUpdate:
        """`GET /v3/settings/storefront/security` (getSettingsStorefrontSecurity).

        Returns one `StorefrontSecurityUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontSecurityGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/security",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontSecurityUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/security",
        version="v3",
        result="one",
        model=StorefrontSecurityUpdate,
        query_type=V3SettingsStorefrontSecurityUpdateQuery,
        body_type=StorefrontSecurityUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontSecurity",
    )

    def update(
        self,
        body: StorefrontSecurityUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSecurityUpdateQuery],
    ) -> StorefrontSecurityUpdate:
        """`PUT /v3/settings/storefront/security` (updateSettingsStorefrontSecurity).

        Returns one `StorefrontSecurityUpdate`.

        Args:
            body: `StorefrontSecurityUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontSecurityUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/security",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
