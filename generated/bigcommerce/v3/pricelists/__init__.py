# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pricelists` models, loaded on first use: `from bigcommerce.v3.pricelists import
PriceList`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.not_found import NotFound
    from .models.assignment_for import AssignmentFor
    from .models.bulk_pricing_tier import BulkPricingTier
    from .models.price_list import PriceList
    from .models.price_list_assignment_create_many_item import PriceListAssignmentCreateManyItem
    from .models.price_list_assignment_upsert import PriceListAssignmentUpsert
    from .models.price_list_create import PriceListCreate, PriceListUpdate
    from .models.price_list_record import PriceListRecord
    from .models.price_list_record_bulk_pricing_tier import PriceListRecordBulkPricingTier
    from .models.price_list_record_create_many_item import (
        PriceListRecordCreateManyItem,
        PriceListRecordUpdateManyItem,
    )
    from .models.price_list_record_update import PriceListRecordUpdate
    from .models.price_record_batch_item import PriceRecordBatchItem, PriceRecordBatchItemUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AssignmentFor": (".models.assignment_for", "AssignmentFor"),
    "BulkPricingTier": (".models.bulk_pricing_tier", "BulkPricingTier"),
    "NotFound": ("..shared.models.not_found", "NotFound"),
    "PriceList": (".models.price_list", "PriceList"),
    "PriceListAssignmentCreateManyItem": (
        ".models.price_list_assignment_create_many_item",
        "PriceListAssignmentCreateManyItem",
    ),
    "PriceListAssignmentUpsert": (
        ".models.price_list_assignment_upsert",
        "PriceListAssignmentUpsert",
    ),
    "PriceListCreate": (".models.price_list_create", "PriceListCreate"),
    "PriceListRecord": (".models.price_list_record", "PriceListRecord"),
    "PriceListRecordBulkPricingTier": (
        ".models.price_list_record_bulk_pricing_tier",
        "PriceListRecordBulkPricingTier",
    ),
    "PriceListRecordCreateManyItem": (
        ".models.price_list_record_create_many_item",
        "PriceListRecordCreateManyItem",
    ),
    "PriceListRecordUpdate": (".models.price_list_record_update", "PriceListRecordUpdate"),
    "PriceListRecordUpdateManyItem": (
        ".models.price_list_record_create_many_item",
        "PriceListRecordUpdateManyItem",
    ),
    "PriceListUpdate": (".models.price_list_create", "PriceListUpdate"),
    "PriceRecordBatchItem": (".models.price_record_batch_item", "PriceRecordBatchItem"),
    "PriceRecordBatchItemUpdate": (".models.price_record_batch_item", "PriceRecordBatchItemUpdate"),
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
    "PriceListRecordUpdateManyItem",
    "PriceListUpdate",
    "PriceRecordBatchItem",
    "PriceRecordBatchItemUpdate",
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
