# Generated from spec/imported/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `V2CountriesStates` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.geography_v2_count_full import GeographyV2CountFull


class V2CountriesStates(NodeResource):
    """`api.v2.countries.states` (v2): count."""

    _version = "v2"

    def count(self) -> GeographyV2CountFull:
        """`GET /v2/countries/states/count` (getStatesCount)."""
        return self._one(GeographyV2CountFull, "GET", "countries/states/count", {}, None)
