# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsAnalytics` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.analytic_update import AnalyticUpdate
from ..models.analytics_provider import AnalyticsProvider


@with_config(REQUEST_CONFIG)
class V3SettingsAnalyticsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsAnalyticsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsAnalyticsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsAnalytics(NodeResource):
    """`api.settings.analytics` (v3): all, get, update."""

    _op_all: ClassVar[Operation[list[AnalyticsProvider]]] = Operation(
        method="GET",
        path="settings/analytics",
        version="v3",
        result="many",
        model=AnalyticsProvider,
        query_type=V3SettingsAnalyticsAllQuery,
        envelope=True,
        operation_id="getAnalyticsProviders",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsAnalyticsAllQuery],
    ) -> list[AnalyticsProvider]:
        """`GET /v3/settings/analytics` (getAnalyticsProviders).

        Returns a list of `AnalyticsProvider` objects.

        Args:
            query: the query parameters (`V3SettingsAnalyticsAllQuery`).
        """
        return self._call(
            self._op_all,
            "settings/analytics",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[AnalyticsProvider]] = Operation(
        method="GET",
        path="settings/analytics/{id}",
        version="v3",
        result="one",
        model=AnalyticsProvider,
        query_type=V3SettingsAnalyticsGetQuery,
        operation_id="getAnalyticsProvider",
    )

    def get(
        self,
        id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsAnalyticsGetQuery],
    ) -> AnalyticsProvider:
        """`GET /v3/settings/analytics/{id}` (getAnalyticsProvider).

        Returns one `AnalyticsProvider`.

        Args:
            id: `int`, the path's `{id}`.
            query: the query parameters (`V3SettingsAnalyticsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"settings/analytics/{segment(id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[AnalyticsProvider]] = Operation(
        method="PUT",
        path="settings/analytics/{id}",
        version="v3",
        result="one",
        model=AnalyticsProvider,
        query_type=V3SettingsAnalyticsUpdateQuery,
        body_type=AnalyticUpdate,
        operation_id="updateAnalyticsProvider",
    )

    def update(
        self,
        id: int,
        body: AnalyticUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsAnalyticsUpdateQuery],
    ) -> AnalyticsProvider:
        """`PUT /v3/settings/analytics/{id}` (updateAnalyticsProvider).

        Returns one `AnalyticsProvider`.

        Args:
            id: `int`, the path's `{id}`.
            body: `AnalyticUpdate`, the request body.
            query: the query parameters (`V3SettingsAnalyticsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"settings/analytics/{segment(id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
