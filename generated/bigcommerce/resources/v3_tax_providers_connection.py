# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProvidersConnection` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.response_connection_data import ResponseConnectionData
from ..models.update_tax_provider_connection_request import UpdateTaxProviderConnectionRequestUpdate


class V3TaxProvidersConnection(NodeResource):
    """`api.tax.providers.connection` (v3): delete_all, get, update."""

    _version = "v3"

    def delete_all(self, provider_id: str, /) -> ResponseConnectionData:
        """`DELETE /v3/tax/providers/{provider_id}/connection` (deleteTaxProviderConnection)."""
        return self._one(
            ResponseConnectionData,
            "DELETE",
            f"tax/providers/{segment(provider_id)}/connection",
            {},
            None,
            envelope=True,
        )

    def get(self, provider_id: str, /) -> ResponseConnectionData:
        """`GET /v3/tax/providers/{provider_id}/connection` (getTaxProviderConnection)."""
        return self._one(
            ResponseConnectionData,
            "GET",
            f"tax/providers/{segment(provider_id)}/connection",
            {},
            None,
            envelope=True,
        )

    def update(
        self, provider_id: str, body: UpdateTaxProviderConnectionRequestUpdate, /
    ) -> ResponseConnectionData:
        """`PUT /v3/tax/providers/{provider_id}/connection` (updateTaxProviderConnection)."""
        return self._one(
            ResponseConnectionData,
            "PUT",
            f"tax/providers/{segment(provider_id)}/connection",
            {},
            None,
            body=body,
            body_type=UpdateTaxProviderConnectionRequestUpdate,
            envelope=True,
        )
