# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProvidersConnection` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.response_connection_data import ResponseConnectionData
from ..models.update_tax_provider_connection_request import UpdateTaxProviderConnectionRequestUpdate


class V3TaxProvidersConnection(NodeResource):
    """`api.tax.providers.connection` (v3): delete_all, get, update."""

    _op_delete_all: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="DELETE",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        envelope=True,
        operation_id="deleteTaxProviderConnection",
    )

    def delete_all(
        self,
        provider_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ResponseConnectionData:
        """`DELETE /v3/tax/providers/{provider_id}/connection` (deleteTaxProviderConnection).

        Returns one `ResponseConnectionData`.

        Args:
            provider_id: `str`, the path's `{provider_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"tax/providers/{segment(provider_id)}/connection",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="GET",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        envelope=True,
        operation_id="getTaxProviderConnection",
    )

    def get(
        self,
        provider_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ResponseConnectionData:
        """`GET /v3/tax/providers/{provider_id}/connection` (getTaxProviderConnection).

        Returns one `ResponseConnectionData`.

        Args:
            provider_id: `str`, the path's `{provider_id}`.
        """
        return self._call(
            self._op_get,
            f"tax/providers/{segment(provider_id)}/connection",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="PUT",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        body_type=UpdateTaxProviderConnectionRequestUpdate,
        envelope=True,
        operation_id="updateTaxProviderConnection",
    )

    def update(
        self,
        provider_id: str,
        body: UpdateTaxProviderConnectionRequestUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ResponseConnectionData:
        """`PUT /v3/tax/providers/{provider_id}/connection` (updateTaxProviderConnection).

        Returns one `ResponseConnectionData`.

        Args:
            provider_id: `str`, the path's `{provider_id}`.
            body: `UpdateTaxProviderConnectionRequestUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"tax/providers/{segment(provider_id)}/connection",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
