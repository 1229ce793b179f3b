# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontCategory` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_category_update import (
    StorefrontCategoryUpdate,
    StorefrontCategoryUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontCategoryGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontCategoryUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontCategory(NodeResource):
    """`api.settings.storefront.category` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontCategoryUpdate]] = Operation(
        method="GET",
        path="settings/storefront/category",
        version="v3",
        result="one",
        model=StorefrontCategoryUpdate,
        query_type=V3SettingsStorefrontCategoryGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontCategory",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontCategoryGetQuery],
    ) -> StorefrontCategoryUpdate:
        """`GET /v3/settings/storefront/category` (getSettingsStorefrontCategory).

        Returns one `StorefrontCategoryUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontCategoryGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/category",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontCategoryUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/category",
        version="v3",
        result="one",
        model=StorefrontCategoryUpdate,
        query_type=V3SettingsStorefrontCategoryUpdateQuery,
        body_type=StorefrontCategoryUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontCategory",
    )

    def update(
        self,
        body: StorefrontCategoryUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontCategoryUpdateQuery],
    ) -> StorefrontCategoryUpdate:
        """`PUT /v3/settings/storefront/category` (updateSettingsStorefrontCategory).

        Returns one `StorefrontCategoryUpdate`.

        Args:
            body: `StorefrontCategoryUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontCategoryUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/category",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
