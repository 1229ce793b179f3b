# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProvidersConnection` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.provider_connection import ProviderConnection
from ..models.provider_connection_update import ProviderConnectionUpdate


class V3TaxProvidersConnection(NodeResource):
    """`api.tax.providers.connection` (v3): delete_all, get, update."""

    _op_delete_all: ClassVar[Operation[ProviderConnection]] = Operation(
        method="DELETE",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ProviderConnection,
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
    ) -> ProviderConnection:
        """`DELETE /v3/tax/providers/{provider_id}/connection` (deleteTaxProviderConnection).

        Returns one `ProviderConnection`.

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

    _op_get: ClassVar[Operation[ProviderConnection]] = Operation(
        method="GET",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ProviderConnection,
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
    ) -> ProviderConnection:
        """`GET /v3/tax/providers/{provider_id}/connection` (getTaxProviderConnection).

        Returns one `ProviderConnection`.

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

    _op_update: ClassVar[Operation[ProviderConnection]] = Operation(
        method="PUT",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ProviderConnection,
        body_type=ProviderConnectionUpdate,
        envelope=True,
        operation_id="updateTaxProviderConnection",
    )

    def update(
        self,
        provider_id: str,
        body: ProviderConnectionUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProviderConnection:
        """`PUT /v3/tax/providers/{provider_id}/connection` (updateTaxProviderConnection).

        Returns one `ProviderConnection`.

        Args:
            provider_id: `str`, the path's `{provider_id}`.
            body: `ProviderConnectionUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"tax/providers/{segment(provider_id)}/connection",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
