# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontSearch` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_search_update import StorefrontSearchUpdate, StorefrontSearchUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSearchGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSearchUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontSearch(NodeResource):
    """`api.settings.storefront.search` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontSearchUpdate]] = Operation(
        method="GET",
        path="settings/storefront/search",
        version="v3",
        result="one",
        model=StorefrontSearchUpdate,
        query_type=V3SettingsStorefrontSearchGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontSearch",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSearchGetQuery],
    ) -> StorefrontSearchUpdate:
        """`GET /v3/settings/storefront/search` (getSettingsStorefrontSearch).

        Returns one `StorefrontSearchUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontSearchGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/search",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontSearchUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/search",
        version="v3",
        result="one",
        model=StorefrontSearchUpdate,
        query_type=V3SettingsStorefrontSearchUpdateQuery,
        body_type=StorefrontSearchUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontSearch",
    )

    def update(
        self,
        body: StorefrontSearchUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSearchUpdateQuery],
    ) -> StorefrontSearchUpdate:
        """`PUT /v3/settings/storefront/search` (updateSettingsStorefrontSearch).

        Returns one `StorefrontSearchUpdate`.

        Args:
            body: `StorefrontSearchUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontSearchUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/search",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
