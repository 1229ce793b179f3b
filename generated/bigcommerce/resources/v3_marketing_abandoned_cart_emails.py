# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingAbandonedCartEmails` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.abandonded_cart_email import AbandondedCartEmail
from ..models.abandonded_cart_email_payload import (
    AbandondedCartEmailPayloadCreate,
    AbandondedCartEmailPayloadUpdate,
)

if TYPE_CHECKING:
    from .v3_marketing_abandoned_cart_emails_default import V3MarketingAbandonedCartEmailsDefault
    from .v3_marketing_abandoned_cart_emails_settings import V3MarketingAbandonedCartEmailsSettings


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3MarketingAbandonedCartEmails(NodeResource):
    """`api.marketing.abandoned_cart_emails` (v3): all, create, delete, get, update."""

    _version = "v3"

    @cached_property
    def default(self) -> V3MarketingAbandonedCartEmailsDefault:
        from .v3_marketing_abandoned_cart_emails_default import (
            V3MarketingAbandonedCartEmailsDefault,
        )

        return V3MarketingAbandonedCartEmailsDefault(self._connection)

    @cached_property
    def settings(self) -> V3MarketingAbandonedCartEmailsSettings:
        from .v3_marketing_abandoned_cart_emails_settings import (
            V3MarketingAbandonedCartEmailsSettings,
        )

        return V3MarketingAbandonedCartEmailsSettings(self._connection)

    def all(
        self, **query: Unpack[V3MarketingAbandonedCartEmailsAllQuery]
    ) -> list[AbandondedCartEmail]:
        """`GET /v3/marketing/abandoned-cart-emails` (getAbandonedCartEmailTemplates)."""
        return self._many(
            AbandondedCartEmail,
            "GET",
            "marketing/abandoned-cart-emails",
            query,
            V3MarketingAbandonedCartEmailsAllQuery,
            envelope=True,
        )

    def create(
        self,
        body: AbandondedCartEmailPayloadCreate,
        /,
        **query: Unpack[V3MarketingAbandonedCartEmailsCreateQuery],
    ) -> AbandondedCartEmail:
        """`POST /v3/marketing/abandoned-cart-emails` (createAbandonedCartEmailTemplate)."""
        return self._one(
            AbandondedCartEmail,
            "POST",
            "marketing/abandoned-cart-emails",
            query,
            V3MarketingAbandonedCartEmailsCreateQuery,
            body=body,
            body_type=AbandondedCartEmailPayloadCreate,
            envelope=True,
        )

    def delete(self, id: int, /) -> None:
        """`DELETE /v3/marketing/abandoned-cart-emails/{id}` (deleteAbandonedCartEmailTemplate)."""
        return self._nothing("DELETE", f"marketing/abandoned-cart-emails/{segment(id)}", {}, None)

    def get(self, id: int, /) -> AbandondedCartEmail:
        """`GET /v3/marketing/abandoned-cart-emails/{id}` (getAbandonedCartEmailTemplate)."""
        return self._one(
            AbandondedCartEmail,
            "GET",
            f"marketing/abandoned-cart-emails/{segment(id)}",
            {},
            None,
            envelope=True,
        )

    def update(self, id: int, body: AbandondedCartEmailPayloadUpdate, /) -> AbandondedCartEmail:
        """`PUT /v3/marketing/abandoned-cart-emails/{id}` (updateAbandonedCartEmailTemplate)."""
        return self._one(
            AbandondedCartEmail,
            "PUT",
            f"marketing/abandoned-cart-emails/{segment(id)}",
            {},
            None,
            body=body,
            body_type=AbandondedCartEmailPayloadUpdate,
            envelope=True,
        )
