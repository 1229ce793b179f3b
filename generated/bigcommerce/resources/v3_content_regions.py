# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentRegions` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.theme_region import ThemeRegion


@with_config(REQUEST_CONFIG)
class V3ContentRegionsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: str
    template_file: Required[str]


class V3ContentRegions(NodeResource):
    """`api.content.regions` (v3): all."""

    _version = "v3"

    def all(self, **query: Unpack[V3ContentRegionsAllQuery]) -> list[ThemeRegion]:
        """`GET /v3/content/regions` (getContentRegions)."""
        return self._many(
            ThemeRegion, "GET", "content/regions", query, V3ContentRegionsAllQuery, envelope=True
        )
