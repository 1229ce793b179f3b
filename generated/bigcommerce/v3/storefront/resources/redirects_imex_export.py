# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexExport` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.scratch import Scratch
from ..models.imex_export_create import ImexExportCreate

if TYPE_CHECKING:
    from .redirects_imex_export_download import V3StorefrontRedirectsImexExportDownload
    from .redirects_imex_export_events import V3StorefrontRedirectsImexExportEvents


class V3StorefrontRedirectsImexExport(NodeResource):
    """`api.storefront.redirects.imex.export` (v3): create."""

    @cached_property
    def download(self) -> V3StorefrontRedirectsImexExportDownload:
        from .redirects_imex_export_download import V3StorefrontRedirectsImexExportDownload

        return V3StorefrontRedirectsImexExportDownload(self._connection)

    @cached_property
    def events(self) -> V3StorefrontRedirectsImexExportEvents:
        from .redirects_imex_export_events import V3StorefrontRedirectsImexExportEvents

        return V3StorefrontRedirectsImexExportEvents(self._connection)

    _op_create: ClassVar[Operation[Scratch]] = Operation(
        method="POST",
        path="storefront/redirects/imex/export",
        version="v3",
        result="one",
        model=Scratch,
        body_type=ImexExportCreate,
        operation_id="createRedirectExportJob",
    )

    def create(
        self,
        body: ImexExportCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Scratch:
        """`POST /v3/storefront/redirects/imex/export` (createRedirectExportJob).

        Returns one `Scratch`.

        Args:
            body: `ImexExportCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/redirects/imex/export",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
