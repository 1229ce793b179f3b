# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `tax` models, loaded on first use: `from bigcommerce.v3.tax import
CustomerUpdateManyItemData`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.class_update_many_item import ClassUpdateManyItem
    from .models.customer_update_many_item_data import (
        CustomerUpdateManyItemData,
        CustomerUpdateManyItemDataBody,
    )
    from .models.product_property_update_many_item import (
        ProductPropertyUpdateManyItem,
        ProductPropertyUpdateManyItemBody,
    )
    from .models.property import Property
    from .models.property_create_many_item import PropertyCreateManyItem
    from .models.property_update_many_item import PropertyUpdateManyItem
    from .models.provider_connection import ProviderConnection
    from .models.provider_connection_target import ProviderConnectionTarget
    from .models.provider_connection_update import ProviderConnectionUpdate
    from .models.rate_create_many_item import RateCreateManyItem
    from .models.rate_create_many_item_class_rate import RateCreateManyItemClassRate
    from .models.rate_update_many_item import RateUpdateManyItem
    from .models.rate_update_many_item_class_rate import RateUpdateManyItemClassRate
    from .models.tax_class_batch_post_item import TaxClassBatchPostItem
    from .models.tax_class_resource import TaxClassResource
    from .models.tax_rate import TaxRate
    from .models.tax_rate_class_rate import TaxRateClassRate
    from .models.tax_setting_update import TaxSettingUpdate, TaxSettingUpdateBody
    from .models.tax_setting_update_price_display_settings import (
        TaxSettingUpdatePriceDisplaySettings,
    )
    from .models.tax_zone import TaxZone
    from .models.tax_zone_price_display_settings import TaxZonePriceDisplaySettings
    from .models.tax_zone_shopper_target_settings import TaxZoneShopperTargetSettings
    from .models.tax_zone_shopper_target_settings_location import (
        TaxZoneShopperTargetSettingsLocation,
    )
    from .models.tax_zonecheck_item import TaxZonecheckItem
    from .models.zone_create_many_item import ZoneCreateManyItem
    from .models.zone_create_many_item_price_display_settings import (
        ZoneCreateManyItemPriceDisplaySettings,
    )
    from .models.zone_create_many_item_shopper_target_settings import (
        ZoneCreateManyItemShopperTargetSettings,
    )
    from .models.zone_item_shopper_target_settings_location import (
        ZoneItemShopperTargetSettingsLocation,
    )
    from .models.zone_update_many_item import ZoneUpdateManyItem
    from .models.zone_update_many_item_price_display_settings import (
        ZoneUpdateManyItemPriceDisplaySettings,
    )
    from .models.zone_update_many_item_shopper_target_settings import (
        ZoneUpdateManyItemShopperTargetSettings,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "ClassUpdateManyItem": (".models.class_update_many_item", "ClassUpdateManyItem"),
    "CustomerUpdateManyItemData": (
        ".models.customer_update_many_item_data",
        "CustomerUpdateManyItemData",
    ),
    "CustomerUpdateManyItemDataBody": (
        ".models.customer_update_many_item_data",
        "CustomerUpdateManyItemDataBody",
    ),
    "ProductPropertyUpdateManyItem": (
        ".models.product_property_update_many_item",
        "ProductPropertyUpdateManyItem",
    ),
    "ProductPropertyUpdateManyItemBody": (
        ".models.product_property_update_many_item",
        "ProductPropertyUpdateManyItemBody",
    ),
    "Property": (".models.property", "Property"),
    "PropertyCreateManyItem": (".models.property_create_many_item", "PropertyCreateManyItem"),
    "PropertyUpdateManyItem": (".models.property_update_many_item", "PropertyUpdateManyItem"),
    "ProviderConnection": (".models.provider_connection", "ProviderConnection"),
    "ProviderConnectionTarget": (".models.provider_connection_target", "ProviderConnectionTarget"),
    "ProviderConnectionUpdate": (".models.provider_connection_update", "ProviderConnectionUpdate"),
    "RateCreateManyItem": (".models.rate_create_many_item", "RateCreateManyItem"),
    "RateCreateManyItemClassRate": (
        ".models.rate_create_many_item_class_rate",
        "RateCreateManyItemClassRate",
    ),
    "RateUpdateManyItem": (".models.rate_update_many_item", "RateUpdateManyItem"),
    "RateUpdateManyItemClassRate": (
        ".models.rate_update_many_item_class_rate",
        "RateUpdateManyItemClassRate",
    ),
    "TaxClassBatchPostItem": (".models.tax_class_batch_post_item", "TaxClassBatchPostItem"),
    "TaxClassResource": (".models.tax_class_resource", "TaxClassResource"),
    "TaxRate": (".models.tax_rate", "TaxRate"),
    "TaxRateClassRate": (".models.tax_rate_class_rate", "TaxRateClassRate"),
    "TaxSettingUpdate": (".models.tax_setting_update", "TaxSettingUpdate"),
    "TaxSettingUpdateBody": (".models.tax_setting_update", "TaxSettingUpdateBody"),
    "TaxSettingUpdatePriceDisplaySettings": (
        ".models.tax_setting_update_price_display_settings",
        "TaxSettingUpdatePriceDisplaySettings",
    ),
    "TaxZone": (".models.tax_zone", "TaxZone"),
    "TaxZonePriceDisplaySettings": (
        ".models.tax_zone_price_display_settings",
        "TaxZonePriceDisplaySettings",
    ),
    "TaxZoneShopperTargetSettings": (
        ".models.tax_zone_shopper_target_settings",
        "TaxZoneShopperTargetSettings",
    ),
    "TaxZoneShopperTargetSettingsLocation": (
        ".models.tax_zone_shopper_target_settings_location",
        "TaxZoneShopperTargetSettingsLocation",
    ),
    "TaxZonecheckItem": (".models.tax_zonecheck_item", "TaxZonecheckItem"),
    "ZoneCreateManyItem": (".models.zone_create_many_item", "ZoneCreateManyItem"),
    "ZoneCreateManyItemPriceDisplaySettings": (
        ".models.zone_create_many_item_price_display_settings",
        "ZoneCreateManyItemPriceDisplaySettings",
    ),
    "ZoneCreateManyItemShopperTargetSettings": (
        ".models.zone_create_many_item_shopper_target_settings",
        "ZoneCreateManyItemShopperTargetSettings",
    ),
    "ZoneItemShopperTargetSettingsLocation": (
        ".models.zone_item_shopper_target_settings_location",
        "ZoneItemShopperTargetSettingsLocation",
    ),
    "ZoneUpdateManyItem": (".models.zone_update_many_item", "ZoneUpdateManyItem"),
    "ZoneUpdateManyItemPriceDisplaySettings": (
        ".models.zone_update_many_item_price_display_settings",
        "ZoneUpdateManyItemPriceDisplaySettings",
    ),
    "ZoneUpdateManyItemShopperTargetSettings": (
        ".models.zone_update_many_item_shopper_target_settings",
        "ZoneUpdateManyItemShopperTargetSettings",
    ),
}

__all__ = [
    "ClassUpdateManyItem",
    "CustomerUpdateManyItemData",
    "CustomerUpdateManyItemDataBody",
    "ProductPropertyUpdateManyItem",
    "ProductPropertyUpdateManyItemBody",
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
    "TaxSettingUpdateBody",
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
