# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `orders` models, loaded on first use: `from bigcommerce.v3.orders import
Metafield`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
    from ..shared.models.metafield_create_many_item import MetafieldCreateManyItem
    from ..shared.models.metafield_update_many_item_input import MetafieldUpdateManyItemInput
    from .models.avs_result import AVSResult
    from .models.credit_card import CreditCard
    from .models.custom import Custom
    from .models.cvv_result import CVVResult
    from .models.gift_certificate import GiftCertificate
    from .models.items_refund import ItemsRefund
    from .models.merchant_override import MerchantOverride
    from .models.offline import Offline
    from .models.order_setting_channel_update import OrderSettingChannelUpdate
    from .models.order_setting_channel_update_notifications import (
        OrderSettingChannelUpdateNotifications,
    )
    from .models.order_update_notifications_order_placed import OrderUpdateNotificationsOrderPlaced
    from .models.payment import Payment
    from .models.payment_action_refund import PaymentActionRefund
    from .models.payment_action_refund_create import PaymentActionRefundCreate
    from .models.payment_action_refund_item import PaymentActionRefundItem
    from .models.payment_action_refund_payment import PaymentActionRefundPayment
    from .models.payment_action_refund_quote_create import PaymentActionRefundQuoteCreate
    from .models.payment_option import PaymentOption
    from .models.pickup import Pickup
    from .models.pickup_create_many_item import PickupCreateManyItem
    from .models.pickup_item import PickupItem
    from .models.pickup_update_many_item import PickupUpdateManyItem
    from .models.post_request_pickup_item import PostRequestPickupItem
    from .models.refund import Refund
    from .models.refund_item import RefundItem
    from .models.refund_item_adjustment import RefundItemAdjustment
    from .models.refund_payment import RefundPayment
    from .models.refund_quote import RefundQuote
    from .models.setting import Setting
    from .models.setting_channel import SettingChannel
    from .models.setting_notifications import SettingNotifications
    from .models.setting_notifications_order_placed import SettingNotificationsOrderPlaced
    from .models.setting_update import SettingUpdate
    from .models.store_credit import StoreCredit
    from .models.transaction import Transaction
    from .models.transaction_custom_provider_field_result import (
        TransactionCustomProviderFieldResult,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "AVSResult": (".models.avs_result", "AVSResult"),
    "CVVResult": (".models.cvv_result", "CVVResult"),
    "CreditCard": (".models.credit_card", "CreditCard"),
    "Custom": (".models.custom", "Custom"),
    "GiftCertificate": (".models.gift_certificate", "GiftCertificate"),
    "ItemsRefund": (".models.items_refund", "ItemsRefund"),
    "MerchantOverride": (".models.merchant_override", "MerchantOverride"),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreateInput": ("..shared.models.metafield_create_input", "MetafieldCreateInput"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItem",
    ),
    "MetafieldUpdateInput": ("..shared.models.metafield_create_input", "MetafieldUpdateInput"),
    "MetafieldUpdateManyItemInput": (
        "..shared.models.metafield_update_many_item_input",
        "MetafieldUpdateManyItemInput",
    ),
    "Offline": (".models.offline", "Offline"),
    "OrderSettingChannelUpdate": (
        ".models.order_setting_channel_update",
        "OrderSettingChannelUpdate",
    ),
    "OrderSettingChannelUpdateNotifications": (
        ".models.order_setting_channel_update_notifications",
        "OrderSettingChannelUpdateNotifications",
    ),
    "OrderUpdateNotificationsOrderPlaced": (
        ".models.order_update_notifications_order_placed",
        "OrderUpdateNotificationsOrderPlaced",
    ),
    "Payment": (".models.payment", "Payment"),
    "PaymentActionRefund": (".models.payment_action_refund", "PaymentActionRefund"),
    "PaymentActionRefundCreate": (
        ".models.payment_action_refund_create",
        "PaymentActionRefundCreate",
    ),
    "PaymentActionRefundItem": (".models.payment_action_refund_item", "PaymentActionRefundItem"),
    "PaymentActionRefundPayment": (
        ".models.payment_action_refund_payment",
        "PaymentActionRefundPayment",
    ),
    "PaymentActionRefundQuoteCreate": (
        ".models.payment_action_refund_quote_create",
        "PaymentActionRefundQuoteCreate",
    ),
    "PaymentOption": (".models.payment_option", "PaymentOption"),
    "Pickup": (".models.pickup", "Pickup"),
    "PickupCreateManyItem": (".models.pickup_create_many_item", "PickupCreateManyItem"),
    "PickupItem": (".models.pickup_item", "PickupItem"),
    "PickupUpdateManyItem": (".models.pickup_update_many_item", "PickupUpdateManyItem"),
    "PostRequestPickupItem": (".models.post_request_pickup_item", "PostRequestPickupItem"),
    "Refund": (".models.refund", "Refund"),
    "RefundItem": (".models.refund_item", "RefundItem"),
    "RefundItemAdjustment": (".models.refund_item_adjustment", "RefundItemAdjustment"),
    "RefundPayment": (".models.refund_payment", "RefundPayment"),
    "RefundQuote": (".models.refund_quote", "RefundQuote"),
    "Setting": (".models.setting", "Setting"),
    "SettingChannel": (".models.setting_channel", "SettingChannel"),
    "SettingNotifications": (".models.setting_notifications", "SettingNotifications"),
    "SettingNotificationsOrderPlaced": (
        ".models.setting_notifications_order_placed",
        "SettingNotificationsOrderPlaced",
    ),
    "SettingUpdate": (".models.setting_update", "SettingUpdate"),
    "StoreCredit": (".models.store_credit", "StoreCredit"),
    "Transaction": (".models.transaction", "Transaction"),
    "TransactionCustomProviderFieldResult": (
        ".models.transaction_custom_provider_field_result",
        "TransactionCustomProviderFieldResult",
    ),
}

__all__ = [
    "AVSResult",
    "CVVResult",
    "CreditCard",
    "Custom",
    "GiftCertificate",
    "ItemsRefund",
    "MerchantOverride",
    "Metafield",
    "MetafieldCreateInput",
    "MetafieldCreateManyItem",
    "MetafieldUpdateInput",
    "MetafieldUpdateManyItemInput",
    "Offline",
    "OrderSettingChannelUpdate",
    "OrderSettingChannelUpdateNotifications",
    "OrderUpdateNotificationsOrderPlaced",
    "Payment",
    "PaymentActionRefund",
    "PaymentActionRefundCreate",
    "PaymentActionRefundItem",
    "PaymentActionRefundPayment",
    "PaymentActionRefundQuoteCreate",
    "PaymentOption",
    "Pickup",
    "PickupCreateManyItem",
    "PickupItem",
    "PickupUpdateManyItem",
    "PostRequestPickupItem",
    "Refund",
    "RefundItem",
    "RefundItemAdjustment",
    "RefundPayment",
    "RefundQuote",
    "Setting",
    "SettingChannel",
    "SettingNotifications",
    "SettingNotificationsOrderPlaced",
    "SettingUpdate",
    "StoreCredit",
    "Transaction",
    "TransactionCustomProviderFieldResult",
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
