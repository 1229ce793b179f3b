# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `tax` models, loaded on first use: `from bigcommerce.v3.tax import
ClassUpdateManyItem`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.class_update_many_item import ClassUpdateManyItemUpdate as ClassUpdateManyItem
    from ..models.customer_update_many_item_data import CustomerUpdateManyItemData
    from ..models.product_property_update_many_item import ProductPropertyUpdateManyItem
    from ..models.property import Property
    from ..models.property_create_many_item import (
        PropertyCreateManyItemCreate as PropertyCreateManyItem,
    )
    from ..models.property_update_many_item import (
        PropertyUpdateManyItemUpdate as PropertyUpdateManyItem,
    )
    from ..models.provider_connection import ProviderConnection
    from ..models.provider_connection_target import ProviderConnectionTarget
    from ..models.rate_create_many_item import RateCreateManyItemCreate as RateCreateManyItem
    from ..models.rate_create_many_item_class_rate import RateCreateManyItemClassRate
    from ..models.rate_update_many_item import RateUpdateManyItemUpdate as RateUpdateManyItem
    from ..models.rate_update_many_item_class_rate import RateUpdateManyItemClassRate
    from ..models.tax_class_batch_post_item import (
        TaxClassBatchPostItemCreate as TaxClassBatchPostItem,
    )
    from ..models.tax_class_resource import TaxClassResource
    from ..models.tax_rate import TaxRate
    from ..models.tax_rate_class_rate import TaxRateClassRate
    from ..models.tax_setting_update import TaxSettingUpdate
    from ..models.tax_setting_update_price_display_settings import (
        TaxSettingUpdatePriceDisplaySettings,
    )
    from ..models.tax_zone import TaxZone
    from ..models.tax_zone_price_display_settings import TaxZonePriceDisplaySettings
    from ..models.tax_zone_shopper_target_settings import TaxZoneShopperTargetSettings
    from ..models.tax_zone_shopper_target_settings_location import (
        TaxZoneShopperTargetSettingsLocation,
    )
    from ..models.tax_zonecheck_item import TaxZonecheckItemCreate as TaxZonecheckItem
    from ..models.v3_provider_connection_update import (
        V3ProviderConnectionUpdateUpdate as ProviderConnectionUpdate,
    )
    from ..models.zone_create_many_item import ZoneCreateManyItemCreate as ZoneCreateManyItem
    from ..models.zone_create_many_item_price_display_settings import (
        ZoneCreateManyItemPriceDisplaySettings,
    )
    from ..models.zone_create_many_item_shopper_target_settings import (
        ZoneCreateManyItemShopperTargetSettings,
    )
    from ..models.zone_item_shopper_target_settings_location import (
        ZoneItemShopperTargetSettingsLocation,
    )
    from ..models.zone_update_many_item import ZoneUpdateManyItemUpdate as ZoneUpdateManyItem
    from ..models.zone_update_many_item_price_display_settings import (
        ZoneUpdateManyItemPriceDisplaySettings,
    )
    from ..models.zone_update_many_item_shopper_target_settings import (
        ZoneUpdateManyItemShopperTargetSettings,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "ClassUpdateManyItem": ("class_update_many_item", "ClassUpdateManyItemUpdate"),
    "CustomerUpdateManyItemData": ("customer_update_many_item_data", "CustomerUpdateManyItemData"),
    "ProductPropertyUpdateManyItem": (
        "product_property_update_many_item",
        "ProductPropertyUpdateManyItem",
    ),
    "Property": ("property", "Property"),
    "PropertyCreateManyItem": ("property_create_many_item", "PropertyCreateManyItemCreate"),
    "PropertyUpdateManyItem": ("property_update_many_item", "PropertyUpdateManyItemUpdate"),
    "ProviderConnection": ("provider_connection", "ProviderConnection"),
    "ProviderConnectionTarget": ("provider_connection_target", "ProviderConnectionTarget"),
    "ProviderConnectionUpdate": (
        "v3_provider_connection_update",
        "V3ProviderConnectionUpdateUpdate",
    ),
    "RateCreateManyItem": ("rate_create_many_item", "RateCreateManyItemCreate"),
    "RateCreateManyItemClassRate": (
        "rate_create_many_item_class_rate",
        "RateCreateManyItemClassRate",
    ),
    "RateUpdateManyItem": ("rate_update_many_item", "RateUpdateManyItemUpdate"),
    "RateUpdateManyItemClassRate": (
        "rate_update_many_item_class_rate",
        "RateUpdateManyItemClassRate",
    ),
    "TaxClassBatchPostItem": ("tax_class_batch_post_item", "TaxClassBatchPostItemCreate"),
    "TaxClassResource": ("tax_class_resource", "TaxClassResource"),
    "TaxRate": ("tax_rate", "TaxRate"),
    "TaxRateClassRate": ("tax_rate_class_rate", "TaxRateClassRate"),
    "TaxSettingUpdate": ("tax_setting_update", "TaxSettingUpdate"),
    "TaxSettingUpdatePriceDisplaySettings": (
        "tax_setting_update_price_display_settings",
        "TaxSettingUpdatePriceDisplaySettings",
    ),
    "TaxZone": ("tax_zone", "TaxZone"),
    "TaxZonePriceDisplaySettings": (
        "tax_zone_price_display_settings",
        "TaxZonePriceDisplaySettings",
    ),
    "TaxZoneShopperTargetSettings": (
        "tax_zone_shopper_target_settings",
        "TaxZoneShopperTargetSettings",
    ),
    "TaxZoneShopperTargetSettingsLocation": (
        "tax_zone_shopper_target_settings_location",
        "TaxZoneShopperTargetSettingsLocation",
    ),
    "TaxZonecheckItem": ("tax_zonecheck_item", "TaxZonecheckItemCreate"),
    "ZoneCreateManyItem": ("zone_create_many_item", "ZoneCreateManyItemCreate"),
    "ZoneCreateManyItemPriceDisplaySettings": (
        "zone_create_many_item_price_display_settings",
        "ZoneCreateManyItemPriceDisplaySettings",
    ),
    "ZoneCreateManyItemShopperTargetSettings": (
        "zone_create_many_item_shopper_target_settings",
        "ZoneCreateManyItemShopperTargetSettings",
    ),
    "ZoneItemShopperTargetSettingsLocation": (
        "zone_item_shopper_target_settings_location",
        "ZoneItemShopperTargetSettingsLocation",
    ),
    "ZoneUpdateManyItem": ("zone_update_many_item", "ZoneUpdateManyItemUpdate"),
    "ZoneUpdateManyItemPriceDisplaySettings": (
        "zone_update_many_item_price_display_settings",
        "ZoneUpdateManyItemPriceDisplaySettings",
    ),
    "ZoneUpdateManyItemShopperTargetSettings": (
        "zone_update_many_item_shopper_target_settings",
        "ZoneUpdateManyItemShopperTargetSettings",
    ),
}

__all__ = [
    "ClassUpdateManyItem",
    "CustomerUpdateManyItemData",
    "ProductPropertyUpdateManyItem",
    "Property",
    "PropertyCreateManyItem",
    "PropertyUpdateManyItem",
    "ProviderConnection",
    "ProviderConnectionTarget",
    "ProviderConnectionUpdate",
    "RateCreateManyItem",
    "RateCreateManyItemClassRate",
    "RateUpdateManyItem",
    "RateUpdateManyItemClassRate",
    "TaxClassBatchPostItem",
    "TaxClassResource",
    "TaxRate",
    "TaxRateClassRate",
    "TaxSettingUpdate",
    "TaxSettingUpdatePriceDisplaySettings",
    "TaxZone",
    "TaxZonePriceDisplaySettings",
    "TaxZoneShopperTargetSettings",
    "TaxZoneShopperTargetSettingsLocation",
    "TaxZonecheckItem",
    "ZoneCreateManyItem",
    "ZoneCreateManyItemPriceDisplaySettings",
    "ZoneCreateManyItemShopperTargetSettings",
    "ZoneItemShopperTargetSettingsLocation",
    "ZoneUpdateManyItem",
    "ZoneUpdateManyItemPriceDisplaySettings",
    "ZoneUpdateManyItemShopperTargetSettings",
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
