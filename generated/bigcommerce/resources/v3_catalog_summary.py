# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogSummary` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.get_catalog_summary_response_data import GetCatalogSummaryResponseData


class V3CatalogSummary(NodeResource):
    """`api.catalog.summary` (v3): get."""

    _version = "v3"

    def get(self) -> GetCatalogSummaryResponseData:
        """`GET /v3/catalog/summary` (getCatalogSummary)."""
        return self._one(
            GetCatalogSummaryResponseData, "GET", "catalog/summary", {}, None, envelope=True
        )
