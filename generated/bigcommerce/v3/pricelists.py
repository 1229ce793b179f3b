# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pricelists` models, loaded on first use: `from bigcommerce.v3.pricelists import
AssignmentFor`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.assignment_for import AssignmentFor
    from ..models.bulk_pricing_tier import BulkPricingTier
    from ..models.price_record_batch_item import PriceRecordBatchItemCreate as PriceRecordBatchItem
    from ..models.pricelist import Pricelist
    from ..models.pricelist_assignment_create_many_item import (
        PricelistAssignmentCreateManyItemCreate as PricelistAssignmentCreateManyItem,
    )
    from ..models.pricelist_assignment_upsert import (
        PricelistAssignmentUpsertUpdate as PricelistAssignmentUpsert,
    )
    from ..models.pricelist_record import PricelistRecord
    from ..models.pricelist_record_bulk_pricing_tier import PricelistRecordBulkPricingTier
    from ..models.pricelist_record_create_many_item import (
        PricelistRecordCreateManyItemCreate as PricelistRecordCreateManyItem,
    )
    from ..models.v3_not_found import NotFound
    from ..models.v3_pricelist_create import V3PricelistCreateCreate as PricelistCreate
    from ..models.v3_pricelist_record_update import (
        V3PricelistRecordUpdateUpdate as PricelistRecordUpdate,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "AssignmentFor": ("assignment_for", "AssignmentFor"),
    "BulkPricingTier": ("bulk_pricing_tier", "BulkPricingTier"),
    "NotFound": ("v3_not_found", "NotFound"),
    "PriceRecordBatchItem": ("price_record_batch_item", "PriceRecordBatchItemCreate"),
    "Pricelist": ("pricelist", "Pricelist"),
    "PricelistAssignmentCreateManyItem": (
        "pricelist_assignment_create_many_item",
        "PricelistAssignmentCreateManyItemCreate",
    ),
    "PricelistAssignmentUpsert": ("pricelist_assignment_upsert", "PricelistAssignmentUpsertUpdate"),
    "PricelistCreate": ("v3_pricelist_create", "V3PricelistCreateCreate"),
    "PricelistRecord": ("pricelist_record", "PricelistRecord"),
    "PricelistRecordBulkPricingTier": (
        "pricelist_record_bulk_pricing_tier",
        "PricelistRecordBulkPricingTier",
    ),
    "PricelistRecordCreateManyItem": (
        "pricelist_record_create_many_item",
        "PricelistRecordCreateManyItemCreate",
    ),
    "PricelistRecordUpdate": ("v3_pricelist_record_update", "V3PricelistRecordUpdateUpdate"),
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
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
