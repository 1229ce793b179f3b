# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `V3Pricing` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.get_prices_request import GetPricesRequestCreate
from ..models.get_prices_response_data_item import GetPricesResponseDataItem


class V3Pricing(NodeResource):
    """`api.pricing` (v3): products."""

    _version = "v3"

    def products(self, body: GetPricesRequestCreate, /) -> list[GetPricesResponseDataItem]:
        """`POST /v3/pricing/products` (getPrices)."""
        return self._many(
            GetPricesResponseDataItem,
            "POST",
            "pricing/products",
            {},
            None,
            body=body,
            body_type=GetPricesRequestCreate,
            envelope=True,
        )
