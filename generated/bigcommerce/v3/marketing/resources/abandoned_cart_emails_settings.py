# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingAbandonedCartEmailsSettings` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.abandoned_cart_email_setting_update import (
    AbandonedCartEmailSettingUpdate,
    AbandonedCartEmailSettingUpdateBody,
)


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsSettingsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: Required[int]
    """Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsSettingsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3MarketingAbandonedCartEmailsSettings(NodeResource):
    """`api.marketing.abandoned_cart_emails.settings` (v3): get, update."""

    _op_get: ClassVar[Operation[AbandonedCartEmailSettingUpdate]] = Operation(
        method="GET",
        path="marketing/abandoned-cart-emails/settings",
        version="v3",
        result="one",
        model=AbandonedCartEmailSettingUpdate,
        query_type=V3MarketingAbandonedCartEmailsSettingsGetQuery,
        operation_id="getAbandonedCartEmailTemplateSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingAbandonedCartEmailsSettingsGetQuery],
    ) -> AbandonedCartEmailSettingUpdate:
        """`GET /v3/marketing/abandoned-cart-emails/settings`
        (getAbandonedCartEmailTemplateSettings).

        Returns one `AbandonedCartEmailSettingUpdate`.

        Query parameters required by the documents when missing: `channel_id`.

        Args:
            query: the query parameters (`V3MarketingAbandonedCartEmailsSettingsGetQuery`).
        """
        return self._call(
            self._op_get,
            "marketing/abandoned-cart-emails/settings",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[AbandonedCartEmailSettingUpdate]] = Operation(
        method="PUT",
        path="marketing/abandoned-cart-emails/settings",
        version="v3",
        result="one",
        model=AbandonedCartEmailSettingUpdate,
        query_type=V3MarketingAbandonedCartEmailsSettingsUpdateQuery,
        body_type=AbandonedCartEmailSettingUpdateBody,
        operation_id="updateAbandonedCartEmailTemplateSettings",
    )

    def update(
        self,
        body: AbandonedCartEmailSettingUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingAbandonedCartEmailsSettingsUpdateQuery],
    ) -> AbandonedCartEmailSettingUpdate:
        """`PUT /v3/marketing/abandoned-cart-emails/settings`
        (updateAbandonedCartEmailTemplateSettings).

        Returns one `AbandonedCartEmailSettingUpdate`.

        Args:
            body: `AbandonedCartEmailSettingUpdateBody`, the request body.
            query: the query parameters (`V3MarketingAbandonedCartEmailsSettingsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "marketing/abandoned-cart-emails/settings",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
