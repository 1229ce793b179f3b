# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesConfigurations` resource (v3)."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.theme_configuration_full import ThemeConfigurationFull
from ..models.theme_configuration_write import ThemeConfigurationWriteCreate


@with_config(REQUEST_CONFIG)
class V3ThemesConfigurationsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    limit: int
    page: int
    uuid__in: list[str]
    variation_uuid: str


class V3ThemesConfigurations(NodeResource):
    """`api.themes.configurations` (v3): all, validate."""

    _version = "v3"

    def all(
        self, uuid: str, /, **query: Unpack[V3ThemesConfigurationsAllQuery]
    ) -> list[ThemeConfigurationFull]:
        """`GET /v3/themes/{uuid}/configurations` (getThemeConfiguration)."""
        return self._many(
            ThemeConfigurationFull,
            "GET",
            f"themes/{segment(uuid)}/configurations",
            query,
            V3ThemesConfigurationsAllQuery,
            envelope=True,
        )

    def validate(self, uuid: str, body: ThemeConfigurationWriteCreate, /) -> dict[str, Any]:
        """`POST /v3/themes/{uuid}/configurations/validate` (validateThemeConfiguration)."""
        return self._value(
            dict[str, Any],
            "POST",
            f"themes/{segment(uuid)}/configurations/validate",
            {},
            None,
            body=body,
            body_type=ThemeConfigurationWriteCreate,
        )
