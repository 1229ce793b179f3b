# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexExportEvents` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation


class V3StorefrontRedirectsImexExportEvents(NodeResource):
    """`api.storefront.redirects.imex.export.events` (v3): get."""

    _op_get: ClassVar[Operation[Iterator[str]]] = Operation(
        method="GET",
        path="storefront/redirects/imex/export/{uuid}/events",
        version="v3",
        result="lines",
        operation_id="getRedirectExportEvents",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Iterator[str]:
        """`GET /v3/storefront/redirects/imex/export/{uuid}/events` (getRedirectExportEvents).

        Yields the answer's text, line by line.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"storefront/redirects/imex/export/{segment(uuid)}/events",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
