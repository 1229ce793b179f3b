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
    from ..models.price_list import PriceList
    from ..models.price_list_assignment_create_many_item import (
        PriceListAssignmentCreateManyItemCreate as PriceListAssignmentCreateManyItem,
    )
    from ..models.price_list_assignment_upsert import (
        PriceListAssignmentUpsertUpdate as PriceListAssignmentUpsert,
    )
    from ..models.price_list_record import PriceListRecord
    from ..models.price_list_record_bulk_pricing_tier import PriceListRecordBulkPricingTier
    from ..models.price_list_record_create_many_item import (
        PriceListRecordCreateManyItemCreate as PriceListRecordCreateManyItem,
    )
    from ..models.price_record_batch_item import PriceRecordBatchItemCreate as PriceRecordBatchItem
    from ..models.v3_not_found import NotFound
    from ..models.v3_price_list_create import V3PriceListCreateCreate as PriceListCreate
    from ..models.v3_price_list_record_update import (
        V3PriceListRecordUpdateUpdate as PriceListRecordUpdate,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "AssignmentFor": ("assignment_for", "AssignmentFor"),
    "BulkPricingTier": ("bulk_pricing_tier", "BulkPricingTier"),
    "NotFound": ("v3_not_found", "NotFound"),
    "PriceList": ("price_list", "PriceList"),
    "PriceListAssignmentCreateManyItem": (
        "price_list_assignment_create_many_item",
        "PriceListAssignmentCreateManyItemCreate",
    ),
    "PriceListAssignmentUpsert": (
        "price_list_assignment_upsert",
        "PriceListAssignmentUpsertUpdate",
    ),
    "PriceListCreate": ("v3_price_list_create", "V3PriceListCreateCreate"),
    "PriceListRecord": ("price_list_record", "PriceListRecord"),
    "PriceListRecordBulkPricingTier": (
        "price_list_record_bulk_pricing_tier",
        "PriceListRecordBulkPricingTier",
    ),
    "PriceListRecordCreateManyItem": (
        "price_list_record_create_many_item",
        "PriceListRecordCreateManyItemCreate",
    ),
    "PriceListRecordUpdate": ("v3_price_list_record_update", "V3PriceListRecordUpdateUpdate"),
    "PriceRecordBatchItem": ("price_record_batch_item", "PriceRecordBatchItemCreate"),
}

__all__ = [
    "AssignmentFor",
    "BulkPricingTier",
    "NotFound",
    "PriceList",
    "PriceListAssignmentCreateManyItem",
    "PriceListAssignmentUpsert",
    "PriceListCreate",
    "PriceListRecord",
    "PriceListRecordBulkPricingTier",
    "PriceListRecordCreateManyItem",
    "PriceListRecordUpdate",
    "PriceRecordBatchItem",
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
