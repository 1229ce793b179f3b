# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `V3AbandonedCartsSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.abandoned_cart_setting_update import AbandonedCartSettingUpdate
from ..models.abandoned_cart_settings import AbandonedCartSettings

if TYPE_CHECKING:
    from .settings_channels import V3AbandonedCartsSettingsChannels


@with_config(REQUEST_CONFIG)
class V3AbandonedCartsSettingsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    pagination: int
    """At most 100."""


class V3AbandonedCartsSettings(NodeResource):
    """`api.abandoned_carts.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3AbandonedCartsSettingsChannels:
        from .settings_channels import V3AbandonedCartsSettingsChannels

        return V3AbandonedCartsSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[AbandonedCartSettings]] = Operation(
        method="GET",
        path="abandoned-carts/settings",
        version="v3",
        result="one",
        model=AbandonedCartSettings,
        query_type=V3AbandonedCartsSettingsGetQuery,
        envelope=True,
        operation_id="getGlobalAbandonedCartSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3AbandonedCartsSettingsGetQuery],
    ) -> AbandonedCartSettings:
        """`GET /v3/abandoned-carts/settings` (getGlobalAbandonedCartSettings).

        Returns one `AbandonedCartSettings`.

        Args:
            query: the query parameters (`V3AbandonedCartsSettingsGetQuery`).
        """
        return self._call(
            self._op_get,
            "abandoned-carts/settings",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[AbandonedCartSettings]] = Operation(
        method="PUT",
        path="abandoned-carts/settings",
        version="v3",
        result="one",
        model=AbandonedCartSettings,
        body_type=AbandonedCartSettingUpdate,
        envelope=True,
        operation_id="updateGlobalAbandonedCartSettings",
    )

    def update(
        self,
        body: AbandonedCartSettingUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AbandonedCartSettings:
        """`PUT /v3/abandoned-carts/settings` (updateGlobalAbandonedCartSettings).

        Returns one `AbandonedCartSettings`.

        Args:
            body: `AbandonedCartSettingUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "abandoned-carts/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
