# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexExportDownload` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment


class V3StorefrontRedirectsImexExportDownload(NodeResource):
    """`api.storefront.redirects.imex.export.download` (v3): get."""

    _version = "v3"

    def get(self, uuid: str, /) -> bytes:
        """`GET /v3/storefront/redirects/imex/export/{uuid}/download`
        (getRedirectExportDownload).
        """
        return self._bytes(
            "GET", f"storefront/redirects/imex/export/{segment(uuid)}/download", {}, None
        )
