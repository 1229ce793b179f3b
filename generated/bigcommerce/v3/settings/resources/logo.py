# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsLogo` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.logo_settings import LogoSettings
from ..models.logo_update import LogoUpdate

if TYPE_CHECKING:
    from .logo_image import V3SettingsLogoImage


@with_config(REQUEST_CONFIG)
class V3SettingsLogoGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsLogoUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsLogo(NodeResource):
    """`api.settings.logo` (v3): get, update."""

    @cached_property
    def image(self) -> V3SettingsLogoImage:
        from .logo_image import V3SettingsLogoImage

        return V3SettingsLogoImage(self._connection)

    _op_get: ClassVar[Operation[LogoSettings]] = Operation(
        method="GET",
        path="settings/logo",
        version="v3",
        result="one",
        model=LogoSettings,
        query_type=V3SettingsLogoGetQuery,
        envelope=True,
        operation_id="getSettingsLogo",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsLogoGetQuery],
    ) -> LogoSettings:
        """`GET /v3/settings/logo` (getSettingsLogo).

        Returns one `LogoSettings`.

        Args:
            query: the query parameters (`V3SettingsLogoGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/logo",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[LogoSettings]] = Operation(
        method="PUT",
        path="settings/logo",
        version="v3",
        result="one",
        model=LogoSettings,
        query_type=V3SettingsLogoUpdateQuery,
        body_type=LogoUpdate,
        envelope=True,
        operation_id="updateSettingsLogo",
    )

    def update(
        self,
        body: LogoUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsLogoUpdateQuery],
    ) -> LogoSettings:
        """`PUT /v3/settings/logo` (updateSettingsLogo).

        Returns one `LogoSettings`.

        Args:
            body: `LogoUpdate`, the request body.
            query: the query parameters (`V3SettingsLogoUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/logo",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
