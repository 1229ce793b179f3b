# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `V3Pricing` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.get_prices_data import GetPricesData
from ..models.pricing_products import PricingProducts


class V3Pricing(NodeResource):
    """`api.pricing` (v3): products."""

    _op_products: ClassVar[Operation[list[GetPricesData]]] = Operation(
        method="POST",
        path="pricing/products",
        version="v3",
        result="many",
        model=GetPricesData,
        body_type=PricingProducts,
        envelope=True,
        operation_id="getPrices",
    )

    def products(
        self,
        body: PricingProducts,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[GetPricesData]:
        """`POST /v3/pricing/products` (getPrices).

        Returns a list of `GetPricesData` objects.

        Args:
            body: `PricingProducts`, the request body.
        """
        return self._call(
            self._op_products,
            "pricing/products",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
