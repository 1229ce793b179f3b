# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexImportEvents` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from .._operation import NodeResource
from .._query import segment


class V3StorefrontRedirectsImexImportEvents(NodeResource):
    """`api.storefront.redirects.imex.import_.events` (v3): get."""

    _version = "v3"

    def get(self, uuid: str, /) -> Iterator[str]:
        """`GET /v3/storefront/redirects/imex/import/{uuid}/events` (getRedirectImportEvents)."""
        return self._lines(
            "GET", f"storefront/redirects/imex/import/{segment(uuid)}/events", {}, None
        )
