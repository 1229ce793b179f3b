# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxRates` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.tax_rate import TaxRate
from ..models.tax_rate_post import TaxRatePOSTCreate
from ..models.tax_rate_put import TaxRatePUTUpdate


@with_config(REQUEST_CONFIG)
class V3TaxRatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: list[int]
    tax_zone_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3TaxRatesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: list[int]


class V3TaxRates(NodeResource):
    """`api.tax.rates` (v3): all, iterall, create_many, delete_all, update_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3TaxRatesAllQuery]) -> list[TaxRate]:
        """`GET /v3/tax/rates` (getTaxRates)."""
        return self._many(TaxRate, "GET", "tax/rates", query, V3TaxRatesAllQuery, envelope=True)

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3TaxRatesAllQuery]
    ) -> Iterator[TaxRate]:
        """Every item of every page of `GET /v3/tax/rates` (getTaxRates), one page in memory at a
        time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            TaxRate,
            "GET",
            "tax/rates",
            query,
            V3TaxRatesAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create_many(self, body: list[TaxRatePOSTCreate], /) -> list[TaxRate]:
        """`POST /v3/tax/rates` (createTaxRates)."""
        return self._many(
            TaxRate,
            "POST",
            "tax/rates",
            {},
            None,
            body=body,
            body_type=list[TaxRatePOSTCreate],
            envelope=True,
        )

    def delete_all(self, **query: Unpack[V3TaxRatesDeleteAllQuery]) -> None:
        """`DELETE /v3/tax/rates` (deleteTaxRates)."""
        return self._nothing("DELETE", "tax/rates", query, V3TaxRatesDeleteAllQuery)

    def update_many(self, body: list[TaxRatePUTUpdate], /) -> list[TaxRate]:
        """`PUT /v3/tax/rates` (updateTaxRates)."""
        return self._many(
            TaxRate,
            "PUT",
            "tax/rates",
            {},
            None,
            body=body,
            body_type=list[TaxRatePUTUpdate],
            envelope=True,
        )
