# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesConfigurations` resource (v3)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.theme_configuration import ThemeConfiguration
from ..models.theme_configuration_validate import ThemeConfigurationValidate


@with_config(REQUEST_CONFIG)
class V3ThemesConfigurationsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    page: int
    uuid__in: list[str]
    """Sent as `uuid:in`."""
    variation_uuid: str


class V3ThemesConfigurations(NodeResource):
    """`api.themes.configurations` (v3): all, validate."""

    _op_all: ClassVar[Operation[list[ThemeConfiguration]]] = Operation(
        method="GET",
        path="themes/{uuid}/configurations",
        version="v3",
        result="many",
        model=ThemeConfiguration,
        query_type=V3ThemesConfigurationsAllQuery,
        envelope=True,
        operation_id="getThemeConfiguration",
    )

    def all(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ThemesConfigurationsAllQuery],
    ) -> list[ThemeConfiguration]:
        """`GET /v3/themes/{uuid}/configurations` (getThemeConfiguration).

        Returns a list of `ThemeConfiguration` objects.

        Args:
            uuid: `str`, the path's `{uuid}`.
            query: the query parameters (`V3ThemesConfigurationsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            f"themes/{segment(uuid)}/configurations",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_validate: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="POST",
        path="themes/{uuid}/configurations/validate",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=ThemeConfigurationValidate,
        operation_id="validateThemeConfiguration",
    )

    def validate(
        self,
        uuid: str,
        body: ThemeConfigurationValidate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/themes/{uuid}/configurations/validate` (validateThemeConfiguration).

        Returns `dict[str, Any]`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `ThemeConfigurationValidate`, the request body.
        """
        return self._call(
            self._op_validate,
            f"themes/{segment(uuid)}/configurations/validate",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
