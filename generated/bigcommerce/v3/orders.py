# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `orders` models, loaded on first use: `from bigcommerce.v3.orders import
AVSResult`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.avs_result import AVSResult
    from ..models.credit_card import CreditCard
    from ..models.custom import Custom
    from ..models.cvv_result import CVVResult
    from ..models.items_refund import ItemsRefund
    from ..models.merchant_override import MerchantOverride
    from ..models.metafield import Metafield
    from ..models.metafield_create_input import MetafieldCreateInputCreate as MetafieldCreateInput
    from ..models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..models.metafield_update_many_item_input import (
        MetafieldUpdateManyItemInputUpdate as MetafieldUpdateManyItemInput,
    )
    from ..models.offline import Offline
    from ..models.order_setting_channel_update import (
        OrderSettingChannelUpdateUpdate as OrderSettingChannelUpdate,
    )
    from ..models.order_setting_channel_update_notifications import (
        OrderSettingChannelUpdateNotifications,
    )
    from ..models.order_update_notifications_order_placed import OrderUpdateNotificationsOrderPlaced
    from ..models.payment_action_refund import PaymentActionRefund
    from ..models.payment_action_refund_item import PaymentActionRefundItem
    from ..models.payment_action_refund_payment import PaymentActionRefundPayment
    from ..models.payment_action_refund_quote_create import (
        PaymentActionRefundQuoteCreateCreate as PaymentActionRefundQuoteCreate,
    )
    from ..models.payment_option import PaymentOption
    from ..models.pickup import Pickup
    from ..models.pickup_create_many_item import PickupCreateManyItemCreate as PickupCreateManyItem
    from ..models.pickup_item import PickupItem
    from ..models.pickup_update_many_item import PickupUpdateManyItemUpdate as PickupUpdateManyItem
    from ..models.post_request_pickup_item import PostRequestPickupItem
    from ..models.refund import Refund
    from ..models.refund_item import RefundItem
    from ..models.refund_item_adjustment import RefundItemAdjustment
    from ..models.refund_payment import RefundPayment
    from ..models.refund_quote import RefundQuote
    from ..models.setting import Setting
    from ..models.setting_channel import SettingChannel
    from ..models.setting_notifications import SettingNotifications
    from ..models.setting_notifications_order_placed import SettingNotificationsOrderPlaced
    from ..models.store_credit import StoreCredit
    from ..models.transaction import Transaction
    from ..models.transaction_custom_provider_field_result import (
        TransactionCustomProviderFieldResult,
    )
    from ..models.v3_gift_certificate import GiftCertificate
    from ..models.v3_payment import Payment
    from ..models.v3_payment_action_refund_create import (
        V3PaymentActionRefundCreateCreate as PaymentActionRefundCreate,
    )
    from ..models.v3_setting_update import V3SettingUpdateUpdate as SettingUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AVSResult": ("avs_result", "AVSResult"),
    "CVVResult": ("cvv_result", "CVVResult"),
    "CreditCard": ("credit_card", "CreditCard"),
    "Custom": ("custom", "Custom"),
    "GiftCertificate": ("v3_gift_certificate", "GiftCertificate"),
    "ItemsRefund": ("items_refund", "ItemsRefund"),
    "MerchantOverride": ("merchant_override", "MerchantOverride"),
    "Metafield": ("metafield", "Metafield"),
    "MetafieldCreateInput": ("metafield_create_input", "MetafieldCreateInputCreate"),
    "MetafieldCreateManyItem": ("metafield_create_many_item", "MetafieldCreateManyItemCreate"),
    "MetafieldUpdateManyItemInput": (
        "metafield_update_many_item_input",
        "MetafieldUpdateManyItemInputUpdate",
    ),
    "Offline": ("offline", "Offline"),
    "OrderSettingChannelUpdate": (
        "order_setting_channel_update",
        "OrderSettingChannelUpdateUpdate",
    ),
    "OrderSettingChannelUpdateNotifications": (
        "order_setting_channel_update_notifications",
        "OrderSettingChannelUpdateNotifications",
    ),
    "OrderUpdateNotificationsOrderPlaced": (
        "order_update_notifications_order_placed",
        "OrderUpdateNotificationsOrderPlaced",
    ),
    "Payment": ("v3_payment", "Payment"),
    "PaymentActionRefund": ("payment_action_refund", "PaymentActionRefund"),
    "PaymentActionRefundCreate": (
        "v3_payment_action_refund_create",
        "V3PaymentActionRefundCreateCreate",
    ),
    "PaymentActionRefundItem": ("payment_action_refund_item", "PaymentActionRefundItem"),
    "PaymentActionRefundPayment": ("payment_action_refund_payment", "PaymentActionRefundPayment"),
    "PaymentActionRefundQuoteCreate": (
        "payment_action_refund_quote_create",
        "PaymentActionRefundQuoteCreateCreate",
    ),
    "PaymentOption": ("payment_option", "PaymentOption"),
    "Pickup": ("pickup", "Pickup"),
    "PickupCreateManyItem": ("pickup_create_many_item", "PickupCreateManyItemCreate"),
    "PickupItem": ("pickup_item", "PickupItem"),
    "PickupUpdateManyItem": ("pickup_update_many_item", "PickupUpdateManyItemUpdate"),
    "PostRequestPickupItem": ("post_request_pickup_item", "PostRequestPickupItem"),
    "Refund": ("refund", "Refund"),
    "RefundItem": ("refund_item", "RefundItem"),
    "RefundItemAdjustment": ("refund_item_adjustment", "RefundItemAdjustment"),
    "RefundPayment": ("refund_payment", "RefundPayment"),
    "RefundQuote": ("refund_quote", "RefundQuote"),
    "Setting": ("setting", "Setting"),
    "SettingChannel": ("setting_channel", "SettingChannel"),
    "SettingNotifications": ("setting_notifications", "SettingNotifications"),
    "SettingNotificationsOrderPlaced": (
        "setting_notifications_order_placed",
        "SettingNotificationsOrderPlaced",
    ),
    "SettingUpdate": ("v3_setting_update", "V3SettingUpdateUpdate"),
    "StoreCredit": ("store_credit", "StoreCredit"),
    "Transaction": ("transaction", "Transaction"),
    "TransactionCustomProviderFieldResult": (
        "transaction_custom_provider_field_result",
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
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
