# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsSearchFiltersAvailable` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.available_filter import AvailableFilter


@with_config(REQUEST_CONFIG)
class V3SettingsSearchFiltersAvailableAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id: int
    channel_id: int


class V3SettingsSearchFiltersAvailable(NodeResource):
    """`api.settings.search.filters.available` (v3): all."""

    _op_all: ClassVar[Operation[list[AvailableFilter]]] = Operation(
        method="GET",
        path="settings/search/filters/available",
        version="v3",
        result="many",
        model=AvailableFilter,
        query_type=V3SettingsSearchFiltersAvailableAllQuery,
        envelope=True,
        operation_id="getSettingsAvailableFilters",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsSearchFiltersAvailableAllQuery],
    ) -> list[AvailableFilter]:
        """`GET /v3/settings/search/filters/available` (getSettingsAvailableFilters).

        Returns a list of `AvailableFilter` objects.

        Args:
            query: the query parameters (`V3SettingsSearchFiltersAvailableAllQuery`).
        """
        return self._call(
            self._op_all,
            "settings/search/filters/available",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
