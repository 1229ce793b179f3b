# Generated from spec/imported/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `V2CountriesStates` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.count_response import CountResponse


class V2CountriesStates(NodeResource):
    """`api.v2.countries.states` (v2): count."""

    _op_count: ClassVar[Operation[CountResponse]] = Operation(
        method="GET",
        path="countries/states/count",
        version="v2",
        result="one",
        model=CountResponse,
        operation_id="getStatesCount",
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CountResponse:
        """`GET /v2/countries/states/count` (getStatesCount).

        Returns one `CountResponse`.
        """
        return self._call(
            self._op_count,
            "countries/states/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
