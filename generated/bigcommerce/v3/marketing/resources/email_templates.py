# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingEmailTemplates` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.email_template_update import EmailTemplateUpdate, EmailTemplateUpdateBody


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesDeleteQuery(TypedDict, total=False):
    """Query parameters of `delete`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: Required[int]
    """Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingEmailTemplatesUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3MarketingEmailTemplates(NodeResource):
    """`api.marketing.email_templates` (v3): all, delete, get, update."""

    _op_all: ClassVar[Operation[list[EmailTemplateUpdate]]] = Operation(
        method="GET",
        path="marketing/email-templates",
        version="v3",
        result="many",
        model=EmailTemplateUpdate,
        query_type=V3MarketingEmailTemplatesAllQuery,
        envelope=True,
        operation_id="getEmailTemplates",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingEmailTemplatesAllQuery],
    ) -> list[EmailTemplateUpdate]:
        """`GET /v3/marketing/email-templates` (getEmailTemplates).

        Returns a list of `EmailTemplateUpdate` objects.

        Args:
            query: the query parameters (`V3MarketingEmailTemplatesAllQuery`).
        """
        return self._call(
            self._op_all,
            "marketing/email-templates",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="marketing/email-templates/{template_name}",
        version="v3",
        result="nothing",
        query_type=V3MarketingEmailTemplatesDeleteQuery,
        operation_id="deleteEmailTemplateOverride",
        required_query=("channel_id",),
    )

    def delete(
        self,
        template_name: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingEmailTemplatesDeleteQuery],
    ) -> None:
        """`DELETE /v3/marketing/email-templates/{template_name}` (deleteEmailTemplateOverride).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `channel_id`.

        Args:
            template_name: `str`, the path's `{template_name}`.
            query: the query parameters (`V3MarketingEmailTemplatesDeleteQuery`).
        """
        return self._call(
            self._op_delete,
            f"marketing/email-templates/{segment(template_name)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[EmailTemplateUpdate]] = Operation(
        method="GET",
        path="marketing/email-templates/{template_name}",
        version="v3",
        result="one",
        model=EmailTemplateUpdate,
        query_type=V3MarketingEmailTemplatesGetQuery,
        envelope=True,
        operation_id="getEmailTemplate",
    )

    def get(
        self,
        template_name: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingEmailTemplatesGetQuery],
    ) -> EmailTemplateUpdate:
        """`GET /v3/marketing/email-templates/{template_name}` (getEmailTemplate).

        Returns one `EmailTemplateUpdate`.

        Args:
            template_name: `str`, the path's `{template_name}`.
            query: the query parameters (`V3MarketingEmailTemplatesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"marketing/email-templates/{segment(template_name)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[EmailTemplateUpdate]] = Operation(
        method="PUT",
        path="marketing/email-templates/{template_name}",
        version="v3",
        result="one",
        model=EmailTemplateUpdate,
        query_type=V3MarketingEmailTemplatesUpdateQuery,
        body_type=EmailTemplateUpdateBody,
        envelope=True,
        operation_id="updateEmailTemplate",
    )

    def update(
        self,
        template_name: str,
        body: EmailTemplateUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingEmailTemplatesUpdateQuery],
    ) -> EmailTemplateUpdate:
        """`PUT /v3/marketing/email-templates/{template_name}` (updateEmailTemplate).

        Returns one `EmailTemplateUpdate`.

        Args:
            template_name: `str`, the path's `{template_name}`.
            body: `EmailTemplateUpdateBody`, the request body.
            query: the query parameters (`V3MarketingEmailTemplatesUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"marketing/email-templates/{segment(template_name)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
