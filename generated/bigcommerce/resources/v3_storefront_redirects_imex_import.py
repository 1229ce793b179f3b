# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexImport` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from ..models.create_redirect_import_job_request import CreateRedirectImportJobRequestCreate
from ..models.create_redirect_import_job_response import CreateRedirectImportJobResponse

if TYPE_CHECKING:
    from .v3_storefront_redirects_imex_import_events import V3StorefrontRedirectsImexImportEvents


class V3StorefrontRedirectsImexImport(NodeResource):
    """`api.storefront.redirects.imex.import_` (v3): create."""

    _version = "v3"

    @cached_property
    def events(self) -> V3StorefrontRedirectsImexImportEvents:
        from .v3_storefront_redirects_imex_import_events import (
            V3StorefrontRedirectsImexImportEvents,
        )

        return V3StorefrontRedirectsImexImportEvents(self._connection)

    def create(
        self, body: CreateRedirectImportJobRequestCreate, /
    ) -> CreateRedirectImportJobResponse:
        """`POST /v3/storefront/redirects/imex/import` (createRedirectImportJob)."""
        return self._one(
            CreateRedirectImportJobResponse,
            "POST",
            "storefront/redirects/imex/import",
            {},
            None,
            body=body,
            body_type=CreateRedirectImportJobRequestCreate,
            multipart=True,
        )
