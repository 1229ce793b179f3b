# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Marketing` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .abandoned_cart_emails import V3MarketingAbandonedCartEmails
    from .email_templates import V3MarketingEmailTemplates


class V3Marketing(NodeResource):
    """`api.marketing` (v3): a namespace."""

    @cached_property
    def abandoned_cart_emails(self) -> V3MarketingAbandonedCartEmails:
        from .abandoned_cart_emails import V3MarketingAbandonedCartEmails

        return V3MarketingAbandonedCartEmails(self._connection)

    @cached_property
    def email_templates(self) -> V3MarketingEmailTemplates:
        from .email_templates import V3MarketingEmailTemplates

        return V3MarketingEmailTemplates(self._connection)
