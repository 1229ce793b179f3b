# Generated from spec/imported/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `V2CountriesStates` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.geography_v2_count_full import GeographyV2CountFull


class V2CountriesStates(NodeResource):
    """`api.v2.countries.states` (v2): count."""

    _op_count: ClassVar[Operation[GeographyV2CountFull]] = Operation(
        method="GET",
        path="countries/states/count",
        version="v2",
        result="one",
        model=GeographyV2CountFull,
        operation_id="getStatesCount",
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GeographyV2CountFull:
        """`GET /v2/countries/states/count` (getStatesCount).

        Returns one `GeographyV2CountFull`.
        """
        return self._call(
            self._op_count,
            "countries/states/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
