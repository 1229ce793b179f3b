# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `shipping` models, loaded on first use: `from bigcommerce.v3.shipping import
CustomsInformation`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.customs_information import CustomsInformation
    from .models.product_customs_information_update_many_item import (
        ProductCustomsInformationUpdateManyItem,
    )
    from .models.setting_update_data import SettingUpdateData, SettingUpdateDataBody
    from .models.setting_update_data_checkout import SettingUpdateDataCheckout
    from .models.shipping_setting_channel_update import (
        ShippingSettingChannelUpdate,
        ShippingSettingChannelUpdateBody,
    )
    from .models.shipping_setting_channel_update_checkout import (
        ShippingSettingChannelUpdateCheckout,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "CustomsInformation": (".models.customs_information", "CustomsInformation"),
    "ProductCustomsInformationUpdateManyItem": (
        ".models.product_customs_information_update_many_item",
        "ProductCustomsInformationUpdateManyItem",
    ),
    "SettingUpdateData": (".models.setting_update_data", "SettingUpdateData"),
    "SettingUpdateDataBody": (".models.setting_update_data", "SettingUpdateDataBody"),
    "SettingUpdateDataCheckout": (
        ".models.setting_update_data_checkout",
        "SettingUpdateDataCheckout",
    ),
    "ShippingSettingChannelUpdate": (
        ".models.shipping_setting_channel_update",
        "ShippingSettingChannelUpdate",
    ),
    "ShippingSettingChannelUpdateBody": (
        ".models.shipping_setting_channel_update",
        "ShippingSettingChannelUpdateBody",
    ),
    "ShippingSettingChannelUpdateCheckout": (
        ".models.shipping_setting_channel_update_checkout",
        "ShippingSettingChannelUpdateCheckout",
    ),
}

__all__ = [
    "CustomsInformation",
    "ProductCustomsInformationUpdateManyItem",
    "SettingUpdateData",
    "SettingUpdateDataBody",
    "SettingUpdateDataCheckout",
    "ShippingSettingChannelUpdate",
    "ShippingSettingChannelUpdateBody",
    "ShippingSettingChannelUpdateCheckout",
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
