# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexExportDownload` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation


class V3StorefrontRedirectsImexExportDownload(NodeResource):
    """`api.storefront.redirects.imex.export.download` (v3): get."""

    _op_get: ClassVar[Operation[bytes]] = Operation(
        method="GET",
        path="storefront/redirects/imex/export/{uuid}/download",
        version="v3",
        result="bytes",
        operation_id="getRedirectExportDownload",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> bytes:
        """`GET /v3/storefront/redirects/imex/export/{uuid}/download` (getRedirectExportDownload).

        Returns the answer's bytes.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"storefront/redirects/imex/export/{segment(uuid)}/download",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
