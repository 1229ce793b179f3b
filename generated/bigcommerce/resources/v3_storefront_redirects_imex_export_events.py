# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexExportEvents` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from .._operation import NodeResource
from .._query import segment


class V3StorefrontRedirectsImexExportEvents(NodeResource):
    """`api.storefront.redirects.imex.export.events` (v3): get."""

    _version = "v3"

    def get(self, uuid: str, /) -> Iterator[str]:
        """`GET /v3/storefront/redirects/imex/export/{uuid}/events` (getRedirectExportEvents)."""
        return self._lines(
            "GET", f"storefront/redirects/imex/export/{segment(uuid)}/events", {}, None
        )
