# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsSearchFiltersContexts` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.configured_filters_override import (
    ConfiguredFiltersOverride,
    ConfiguredFiltersOverrideUpdate,
)


@with_config(REQUEST_CONFIG)
class V3SettingsSearchFiltersContextsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    category_id: int
    channel_id: int


class V3SettingsSearchFiltersContexts(NodeResource):
    """`api.settings.search.filters.contexts` (v3): all, iterall, upsert."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3SettingsSearchFiltersContextsAllQuery]
    ) -> list[ConfiguredFiltersOverride]:
        """`GET /v3/settings/search/filters/contexts` (getSettingsFiltersContexts)."""
        return self._many(
            ConfiguredFiltersOverride,
            "GET",
            "settings/search/filters/contexts",
            query,
            V3SettingsSearchFiltersContextsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3SettingsSearchFiltersContextsAllQuery]
    ) -> Iterator[ConfiguredFiltersOverride]:
        """Every item of every page of `GET /v3/settings/search/filters/contexts`
        (getSettingsFiltersContexts), one page in memory at a time. `prefetch=N` fetches up to
        N more pages ahead, in the background.
        """
        return self._pages(
            ConfiguredFiltersOverride,
            "GET",
            "settings/search/filters/contexts",
            query,
            V3SettingsSearchFiltersContextsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def upsert(
        self, body: list[ConfiguredFiltersOverrideUpdate], /
    ) -> list[ConfiguredFiltersOverride]:
        """`PUT /v3/settings/search/filters/contexts` (upsertSettingsFiltersContexts)."""
        return self._many(
            ConfiguredFiltersOverride,
            "PUT",
            "settings/search/filters/contexts",
            {},
            None,
            body=body,
            body_type=list[ConfiguredFiltersOverrideUpdate],
            envelope=True,
        )
