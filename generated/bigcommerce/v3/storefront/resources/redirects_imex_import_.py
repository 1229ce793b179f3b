# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontRedirectsImexImport` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.scratch import Scratch
from ..models.imex_import_create import ImexImportCreate

if TYPE_CHECKING:
    from .redirects_imex_import__events import V3StorefrontRedirectsImexImportEvents


class V3StorefrontRedirectsImexImport(NodeResource):
    """`api.storefront.redirects.imex.import_` (v3): create."""

    @cached_property
    def events(self) -> V3StorefrontRedirectsImexImportEvents:
        from .redirects_imex_import__events import V3StorefrontRedirectsImexImportEvents

        return V3StorefrontRedirectsImexImportEvents(self._connection)

    _op_create: ClassVar[Operation[Scratch]] = Operation(
        method="POST",
        path="storefront/redirects/imex/import",
        version="v3",
        result="one",
        model=Scratch,
        body_type=ImexImportCreate,
        multipart=True,
        operation_id="createRedirectImportJob",
    )

    def create(
        self,
        body: ImexImportCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Scratch:
        """`POST /v3/storefront/redirects/imex/import` (createRedirectImportJob).

        Returns one `Scratch`.

        The body is sent as multipart/form-data (files as uploads).

        Args:
            body: `ImexImportCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/redirects/imex/import",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
