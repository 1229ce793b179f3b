# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontSeo` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.storefront_seo_update import StorefrontSeoUpdate, StorefrontSeoUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSeoGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSeoUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsStorefrontSeo(NodeResource):
    """`api.settings.storefront.seo` (v3): get, update."""

    _op_get: ClassVar[Operation[StorefrontSeoUpdate]] = Operation(
        method="GET",
        path="settings/storefront/seo",
        version="v3",
        result="one",
        model=StorefrontSeoUpdate,
        query_type=V3SettingsStorefrontSeoGetQuery,
        envelope=True,
        operation_id="getSettingsStorefrontSeo",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSeoGetQuery],
    ) -> StorefrontSeoUpdate:
        """`GET /v3/settings/storefront/seo` (getSettingsStorefrontSeo).

        Returns one `StorefrontSeoUpdate`.

        Args:
            query: the query parameters (`V3SettingsStorefrontSeoGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/storefront/seo",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[StorefrontSeoUpdate]] = Operation(
        method="PUT",
        path="settings/storefront/seo",
        version="v3",
        result="one",
        model=StorefrontSeoUpdate,
        query_type=V3SettingsStorefrontSeoUpdateQuery,
        body_type=StorefrontSeoUpdateBody,
        envelope=True,
        operation_id="updateSettingsStorefrontSeo",
    )

    def update(
        self,
        body: StorefrontSeoUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsStorefrontSeoUpdateQuery],
    ) -> StorefrontSeoUpdate:
        """`PUT /v3/settings/storefront/seo` (updateSettingsStorefrontSeo).

        Returns one `StorefrontSeoUpdate`.

        Args:
            body: `StorefrontSeoUpdateBody`, the request body.
            query: the query parameters (`V3SettingsStorefrontSeoUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/storefront/seo",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
