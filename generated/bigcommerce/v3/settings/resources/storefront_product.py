# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontProduct` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_product_update import StorefrontProductUpdate, StorefrontProductUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontProductGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontProductUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontProduct(NodeResource):
    """`api.settings.storefront.product` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontProductUpdate]] = Operation(
        method="GET",
        path="settings/storefront/product",
        version="v3",
        result="one",
        model=StorefrontProductUpdate,
        query_type=V3SettingsStorefrontProductGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontProduct",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontProductGetQuery],
    ) -> StorefrontProductUpdate:
        """`GET /v3/settings/storefront/product` (getSettingsStorefrontProduct).

        Returns one `StorefrontProductUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontProductGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/product",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontProductUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/product",
        version="v3",
        result="one",
        model=StorefrontProductUpdate,
        query_type=V3SettingsStorefrontProductUpdateQuery,
        body_type=StorefrontProductUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontProduct",
    )

    def update(
        self,
        body: StorefrontProductUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontProductUpdateQuery],
    ) -> StorefrontProductUpdate:
        """`PUT /v3/settings/storefront/product` (updateSettingsStorefrontProduct).

        Returns one `StorefrontProductUpdate`.

        Args:
            body: `StorefrontProductUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontProductUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/product",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
