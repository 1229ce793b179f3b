# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `abandoned_carts` models, loaded on first use: `from
bigcommerce.v3.abandoned_carts import AbandonedCartInfo`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.abandoned_cart_info import AbandonedCartInfo
    from .models.abandoned_cart_setting_update import AbandonedCartSettingUpdate
    from .models.abandoned_cart_settings import AbandonedCartSettings
    from .models.setting_channel_update import SettingChannelUpdate, SettingChannelUpdateBody

#: public name -> (model module, its name there)
_EXPORTS = {
    "AbandonedCartInfo": (".models.abandoned_cart_info", "AbandonedCartInfo"),
    "AbandonedCartSettingUpdate": (
        ".models.abandoned_cart_setting_update",
        "AbandonedCartSettingUpdate",
    ),
    "AbandonedCartSettings": (".models.abandoned_cart_settings", "AbandonedCartSettings"),
    "SettingChannelUpdate": (".models.setting_channel_update", "SettingChannelUpdate"),
    "SettingChannelUpdateBody": (".models.setting_channel_update", "SettingChannelUpdateBody"),
}

__all__ = [
    "AbandonedCartInfo",
    "AbandonedCartSettingUpdate",
    "AbandonedCartSettings",
    "SettingChannelUpdate",
    "SettingChannelUpdateBody",
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
