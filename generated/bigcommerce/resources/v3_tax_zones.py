# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxZones` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.tax_zone import TaxZone
from ..models.tax_zone_post import TaxZonePOSTCreate
from ..models.tax_zone_put import TaxZonePUTUpdate


@with_config(REQUEST_CONFIG)
class V3TaxZonesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3TaxZonesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: list[int]


class V3TaxZones(NodeResource):
    """`api.tax.zones` (v3): all, create_many, delete_all, update_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3TaxZonesAllQuery]) -> list[TaxZone]:
        """`GET /v3/tax/zones` (getTaxZones)."""
        return self._many(TaxZone, "GET", "tax/zones", query, V3TaxZonesAllQuery, envelope=True)

    def create_many(self, body: list[TaxZonePOSTCreate], /) -> list[TaxZone]:
        """`POST /v3/tax/zones` (createTaxZones)."""
        return self._many(
            TaxZone,
            "POST",
            "tax/zones",
            {},
            None,
            body=body,
            body_type=list[TaxZonePOSTCreate],
            envelope=True,
        )

    def delete_all(self, **query: Unpack[V3TaxZonesDeleteAllQuery]) -> None:
        """`DELETE /v3/tax/zones` (deleteTaxZones)."""
        return self._nothing("DELETE", "tax/zones", query, V3TaxZonesDeleteAllQuery)

    def update_many(self, body: list[TaxZonePUTUpdate], /) -> list[TaxZone]:
        """`PUT /v3/tax/zones` (updateTaxZones)."""
        return self._many(
            TaxZone,
            "PUT",
            "tax/zones",
            {},
            None,
            body=body,
            body_type=list[TaxZonePUTUpdate],
            envelope=True,
        )
