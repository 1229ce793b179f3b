# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsSearchFilters` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.search_filter_update_many_item import (
    SearchFilterUpdateManyItem,
    SearchFilterUpdateManyItemBody,
)

if TYPE_CHECKING:
    from .search_filters_available import V3SettingsSearchFiltersAvailable
    from .search_filters_contexts import V3SettingsSearchFiltersContexts


class V3SettingsSearchFilters(NodeResource):
    """`api.settings.search.filters` (v3): all, update_many."""

    @cached_property
    def available(self) -> V3SettingsSearchFiltersAvailable:
        from .search_filters_available import V3SettingsSearchFiltersAvailable

        return V3SettingsSearchFiltersAvailable(self._connection)

    @cached_property
    def contexts(self) -> V3SettingsSearchFiltersContexts:
        from .search_filters_contexts import V3SettingsSearchFiltersContexts

        return V3SettingsSearchFiltersContexts(self._connection)

    _op_all: ClassVar[Operation[list[SearchFilterUpdateManyItem]]] = Operation(
        method="GET",
        path="settings/search/filters",
        version="v3",
        result="many",
        model=SearchFilterUpdateManyItem,
        envelope=True,
        operation_id="getSettingsEnabledSearchFilters",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[SearchFilterUpdateManyItem]:
        """`GET /v3/settings/search/filters` (getSettingsEnabledSearchFilters).

        Returns a list of `SearchFilterUpdateManyItem` objects.
        """
        return self._call(
            self._op_all,
            "settings/search/filters",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[SearchFilterUpdateManyItem]]] = Operation(
        method="PUT",
        path="settings/search/filters",
        version="v3",
        result="many",
        model=SearchFilterUpdateManyItem,
        body_type=list[SearchFilterUpdateManyItemBody],
        envelope=True,
        operation_id="updateSettingsEnabledSearchFilters",
    )

    def update_many(
        self,
        body: list[SearchFilterUpdateManyItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[SearchFilterUpdateManyItem]:
        """`PUT /v3/settings/search/filters` (updateSettingsEnabledSearchFilters).

        Returns a list of `SearchFilterUpdateManyItem` objects.

        Args:
            body: `list[SearchFilterUpdateManyItemBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "settings/search/filters",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
