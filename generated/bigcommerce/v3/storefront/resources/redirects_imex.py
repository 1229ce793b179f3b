# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImex` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .redirects_imex_export import V3StorefrontRedirectsImexExport
    from .redirects_imex_import_ import V3StorefrontRedirectsImexImport
    from .redirects_imex_jobs import V3StorefrontRedirectsImexJobs


class V3StorefrontRedirectsImex(NodeResource):
    """`api.storefront.redirects.imex` (v3): a namespace."""

    @cached_property
    def export(self) -> V3StorefrontRedirectsImexExport:
        from .redirects_imex_export import V3StorefrontRedirectsImexExport

        return V3StorefrontRedirectsImexExport(self._connection)

    @cached_property
    def import_(self) -> V3StorefrontRedirectsImexImport:
        from .redirects_imex_import_ import V3StorefrontRedirectsImexImport

        return V3StorefrontRedirectsImexImport(self._connection)

    @cached_property
    def jobs(self) -> V3StorefrontRedirectsImexJobs:
        from .redirects_imex_jobs import V3StorefrontRedirectsImexJobs

        return V3StorefrontRedirectsImexJobs(self._connection)
