# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogSummary` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.summary import Summary


class V3CatalogSummary(NodeResource):
    """`api.catalog.summary` (v3): get."""

    _op_get: ClassVar[Operation[Summary]] = Operation(
        method="GET",
        path="catalog/summary",
        version="v3",
        result="one",
        model=Summary,
        envelope=True,
        operation_id="getCatalogSummary",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Summary:
        """`GET /v3/catalog/summary` (getCatalogSummary).

        Returns one `Summary`.
        """
        return self._call(
            self._op_get,
            "catalog/summary",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
