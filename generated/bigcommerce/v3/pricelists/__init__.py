# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pricelists` models, loaded on first use: `from bigcommerce.v3.pricelists import
AssignmentFor`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.not_found import NotFound
    from .models.assignment_for import AssignmentFor
    from .models.bulk_pricing_tier import BulkPricingTier
    from .models.price_record_batch_item import PriceRecordBatchItem
    from .models.pricelist import Pricelist
    from .models.pricelist_assignment_create_many_item import PricelistAssignmentCreateManyItem
    from .models.pricelist_assignment_upsert import PricelistAssignmentUpsert
    from .models.pricelist_create import PricelistCreate
    from .models.pricelist_record import PricelistRecord
    from .models.pricelist_record_bulk_pricing_tier import PricelistRecordBulkPricingTier
    from .models.pricelist_record_create_many_item import PricelistRecordCreateManyItem
    from .models.pricelist_record_update import PricelistRecordUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AssignmentFor": (".models.assignment_for", "AssignmentFor"),
    "BulkPricingTier": (".models.bulk_pricing_tier", "BulkPricingTier"),
    "NotFound": ("..shared.models.not_found", "NotFound"),
    "PriceRecordBatchItem": (".models.price_record_batch_item", "PriceRecordBatchItem"),
    "Pricelist": (".models.pricelist", "Pricelist"),
    "PricelistAssignmentCreateManyItem": (
        ".models.pricelist_assignment_create_many_item",
        "PricelistAssignmentCreateManyItem",
    ),
    "PricelistAssignmentUpsert": (
        ".models.pricelist_assignment_upsert",
        "PricelistAssignmentUpsert",
    ),
    "PricelistCreate": (".models.pricelist_create", "PricelistCreate"),
    "PricelistRecord": (".models.pricelist_record", "PricelistRecord"),
    "PricelistRecordBulkPricingTier": (
        ".models.pricelist_record_bulk_pricing_tier",
        "PricelistRecordBulkPricingTier",
    ),
    "PricelistRecordCreateManyItem": (
        ".models.pricelist_record_create_many_item",
        "PricelistRecordCreateManyItem",
    ),
    "PricelistRecordUpdate": (".models.pricelist_record_update", "PricelistRecordUpdate"),
}

__all__ = [
    "AssignmentFor",
    "BulkPricingTier",
    "NotFound",
    "PriceRecordBatchItem",
    "Pricelist",
    "PricelistAssignmentCreateManyItem",
    "PricelistAssignmentUpsert",
    "PricelistCreate",
    "PricelistRecord",
    "PricelistRecordBulkPricingTier",
    "PricelistRecordCreateManyItem",
    "PricelistRecordUpdate",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
