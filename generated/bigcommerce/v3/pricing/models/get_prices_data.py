# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .bulk_pricing_tier_bulk_pricing import BulkPricingTierBulkPricing
from .item_pricing_option import ItemPricingOption
from .price_range import PriceRange
from .reference import Reference
from .tax_price import TaxPrice


class GetPricesData(ApiModel):
    """`GetPricesData`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.pricing`: `products`.
    """

    product_id: int | None = None
    variant_id: int | None = None
    options: list[ItemPricingOption] | None = None
    reference_request: Reference | None = None
    retail_price: TaxPrice | None = None
    sale_price: TaxPrice | None = None
    minimum_advertised_price: TaxPrice | None = None
    saved: TaxPrice | None = None
    price: TaxPrice | None = None
    calculated_price: TaxPrice | None = None
    price_range: PriceRange | None = None
    retail_price_range: PriceRange | None = None
    bulk_pricing: list[BulkPricingTierBulkPricing] | None = None
