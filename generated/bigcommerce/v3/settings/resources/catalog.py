# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsCatalog` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.catalog_update import CatalogUpdate, CatalogUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsCatalogGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsCatalogUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsCatalog(NodeResource):
    """`api.settings.catalog` (v3): get, update."""

    _op_get: ClassVar[Operation[CatalogUpdate]] = Operation(
        method="GET",
        path="settings/catalog",
        version="v3",
        result="one",
        model=CatalogUpdate,
        query_type=V3SettingsCatalogGetQuery,
        envelope=True,
        operation_id="getSettingsCatalog",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsCatalogGetQuery],
    ) -> CatalogUpdate:
        """`GET /v3/settings/catalog` (getSettingsCatalog).

        Returns one `CatalogUpdate`.

        Args:
            query: the query parameters (`V3SettingsCatalogGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/catalog",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CatalogUpdate]] = Operation(
        method="PUT",
        path="settings/catalog",
        version="v3",
        result="one",
        model=CatalogUpdate,
        query_type=V3SettingsCatalogUpdateQuery,
        body_type=CatalogUpdateBody,
        envelope=True,
        operation_id="updateSettingsCatalog",
    )

    def update(
        self,
        body: CatalogUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsCatalogUpdateQuery],
    ) -> CatalogUpdate:
        """`PUT /v3/settings/catalog` (updateSettingsCatalog).

        Returns one `CatalogUpdate`.

        Args:
            body: `CatalogUpdateBody`, the request body.
            query: the query parameters (`V3SettingsCatalogUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/catalog",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
