# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Storefront` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .api_token import V3StorefrontApiToken
    from .api_token_customer_impersonation import V3StorefrontApiTokenCustomerImpersonation
    from .api_token_private import V3StorefrontApiTokenPrivate
    from .custom_template_associations import V3StorefrontCustomTemplateAssociations
    from .redirects import V3StorefrontRedirects


class V3Storefront(NodeResource):
    """`api.storefront` (v3): a namespace."""

    @cached_property
    def api_token(self) -> V3StorefrontApiToken:
        from .api_token import V3StorefrontApiToken

        return V3StorefrontApiToken(self._connection)

    @cached_property
    def api_token_customer_impersonation(self) -> V3StorefrontApiTokenCustomerImpersonation:
        from .api_token_customer_impersonation import V3StorefrontApiTokenCustomerImpersonation

        return V3StorefrontApiTokenCustomerImpersonation(self._connection)

    @cached_property
    def api_token_private(self) -> V3StorefrontApiTokenPrivate:
        from .api_token_private import V3StorefrontApiTokenPrivate

        return V3StorefrontApiTokenPrivate(self._connection)

    @cached_property
    def custom_template_associations(self) -> V3StorefrontCustomTemplateAssociations:
        from .custom_template_associations import V3StorefrontCustomTemplateAssociations

        return V3StorefrontCustomTemplateAssociations(self._connection)

    @cached_property
    def redirects(self) -> V3StorefrontRedirects:
        from .redirects import V3StorefrontRedirects

        return V3StorefrontRedirects(self._connection)
