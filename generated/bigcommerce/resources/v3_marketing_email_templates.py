# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingEmailTemplates` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.email_template import EmailTemplate, EmailTemplateUpdate


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesDeleteQuery(TypedDict, total=False):
    """Query parameters of `delete`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: Required[int]


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3MarketingEmailTemplates(NodeResource):
    """`api.marketing.email_templates` (v3): all, delete, get, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3MarketingEmailTemplatesAllQuery]) -> list[EmailTemplate]:
        """`GET /v3/marketing/email-templates` (getEmailTemplates)."""
        return self._many(
            EmailTemplate,
            "GET",
            "marketing/email-templates",
            query,
            V3MarketingEmailTemplatesAllQuery,
            envelope=True,
        )

    def delete(
        self, template_name: str, /, **query: Unpack[V3MarketingEmailTemplatesDeleteQuery]
    ) -> None:
        """`DELETE /v3/marketing/email-templates/{template_name}` (deleteEmailTemplateOverride)."""
        return self._nothing(
            "DELETE",
            f"marketing/email-templates/{segment(template_name)}",
            query,
            V3MarketingEmailTemplatesDeleteQuery,
        )

    def get(
        self, template_name: str, /, **query: Unpack[V3MarketingEmailTemplatesGetQuery]
    ) -> EmailTemplate:
        """`GET /v3/marketing/email-templates/{template_name}` (getEmailTemplate)."""
        return self._one(
            EmailTemplate,
            "GET",
            f"marketing/email-templates/{segment(template_name)}",
            query,
            V3MarketingEmailTemplatesGetQuery,
            envelope=True,
        )

    def update(
        self,
        template_name: str,
        body: EmailTemplateUpdate,
        /,
        **query: Unpack[V3MarketingEmailTemplatesUpdateQuery],
    ) -> EmailTemplate:
        """`PUT /v3/marketing/email-templates/{template_name}` (updateEmailTemplate)."""
        return self._one(
            EmailTemplate,
            "PUT",
            f"marketing/email-templates/{segment(template_name)}",
            query,
            V3MarketingEmailTemplatesUpdateQuery,
            body=body,
            body_type=EmailTemplateUpdate,
            envelope=True,
        )
