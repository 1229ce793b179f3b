# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingAbandonedCartEmailsDefault` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.abandoned_cart_email_default import AbandonedCartEmailDefault


class V3MarketingAbandonedCartEmailsDefault(NodeResource):
    """`api.marketing.abandoned_cart_emails.default` (v3): get."""

    _op_get: ClassVar[Operation[AbandonedCartEmailDefault]] = Operation(
        method="GET",
        path="marketing/abandoned-cart-emails/default",
        version="v3",
        result="one",
        model=AbandonedCartEmailDefault,
        operation_id="getDefaultAbandonedCartEmailTemplate",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AbandonedCartEmailDefault:
        """`GET /v3/marketing/abandoned-cart-emails/default` (getDefaultAbandonedCartEmailTemplate).

        Returns one `AbandonedCartEmailDefault`.
        """
        return self._call(
            self._op_get,
            "marketing/abandoned-cart-emails/default",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
