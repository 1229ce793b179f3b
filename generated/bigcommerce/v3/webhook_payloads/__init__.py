# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `webhook_payloads` models, loaded on first use: `from
bigcommerce.v3.webhook_payloads import CallbackCategoryData`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.callback_category_data import CallbackCategoryData
    from .models.store_app_uninstalled import StoreAppUninstalled
    from .models.store_app_uninstalled_data import StoreAppUninstalledData
    from .models.store_cart_abandoned import StoreCartAbandoned
    from .models.store_cart_abandoned_data import StoreCartAbandonedData
    from .models.store_cart_converted import StoreCartConverted
    from .models.store_cart_converted_data import StoreCartConvertedData
    from .models.store_cart_coupon_applied import StoreCartCouponApplied
    from .models.store_cart_coupon_applied_data import StoreCartCouponAppliedData
    from .models.store_cart_created import StoreCartCreated
    from .models.store_cart_created_data import StoreCartCreatedData
    from .models.store_cart_line_item_created import StoreCartLineItemCreated
    from .models.store_cart_line_item_created_data import StoreCartLineItemCreatedData
    from .models.store_channel_created import StoreChannelCreated
    from .models.store_channel_created_data import StoreChannelCreatedData
    from .models.store_customer_address_created import StoreCustomerAddressCreated
    from .models.store_customer_address_created_data import StoreCustomerAddressCreatedData
    from .models.store_customer_address_created_data_address import (
        StoreCustomerAddressCreatedDataAddress,
    )
    from .models.store_inventory_updated_data_inventory import StoreInventoryUpdatedDataInventory
    from .models.store_order_created import StoreOrderCreated
    from .models.store_order_message_created import StoreOrderMessageCreated
    from .models.store_order_message_created_data import StoreOrderMessageCreatedData
    from .models.store_order_message_created_data_message import StoreOrderMessageCreatedDataMessage
    from .models.store_order_refund_created import StoreOrderRefundCreated
    from .models.store_order_refund_created_data import StoreOrderRefundCreatedData
    from .models.store_order_refund_created_data_refund import StoreOrderRefundCreatedDataRefund
    from .models.store_order_status_updated import StoreOrderStatusUpdated
    from .models.store_order_status_updated_data import StoreOrderStatusUpdatedData
    from .models.store_order_status_updated_data_status import StoreOrderStatusUpdatedDataStatus
    from .models.store_product_inventory_updated import StoreProductInventoryUpdated
    from .models.store_product_inventory_updated_data import StoreProductInventoryUpdatedData
    from .models.store_shipment_created import StoreShipmentCreated
    from .models.store_shipment_created_data import StoreShipmentCreatedData
    from .models.store_sku_created import StoreSkuCreated
    from .models.store_sku_created_data import StoreSkuCreatedData
    from .models.store_sku_created_data_sku import StoreSkuCreatedDataSku
    from .models.store_sku_inventory_updated import StoreSkuInventoryUpdated
    from .models.store_sku_inventory_updated_data import StoreSkuInventoryUpdatedData
    from .models.store_sku_inventory_updated_data_inventory import (
        StoreSkuInventoryUpdatedDataInventory,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "CallbackCategoryData": (".models.callback_category_data", "CallbackCategoryData"),
    "StoreAppUninstalled": (".models.store_app_uninstalled", "StoreAppUninstalled"),
    "StoreAppUninstalledData": (".models.store_app_uninstalled_data", "StoreAppUninstalledData"),
    "StoreCartAbandoned": (".models.store_cart_abandoned", "StoreCartAbandoned"),
    "StoreCartAbandonedData": (".models.store_cart_abandoned_data", "StoreCartAbandonedData"),
    "StoreCartConverted": (".models.store_cart_converted", "StoreCartConverted"),
    "StoreCartConvertedData": (".models.store_cart_converted_data", "StoreCartConvertedData"),
    "StoreCartCouponApplied": (".models.store_cart_coupon_applied", "StoreCartCouponApplied"),
    "StoreCartCouponAppliedData": (
        ".models.store_cart_coupon_applied_data",
        "StoreCartCouponAppliedData",
    ),
    "StoreCartCreated": (".models.store_cart_created", "StoreCartCreated"),
    "StoreCartCreatedData": (".models.store_cart_created_data", "StoreCartCreatedData"),
    "StoreCartLineItemCreated": (
        ".models.store_cart_line_item_created",
        "StoreCartLineItemCreated",
    ),
    "StoreCartLineItemCreatedData": (
        ".models.store_cart_line_item_created_data",
        "StoreCartLineItemCreatedData",
    ),
    "StoreChannelCreated": (".models.store_channel_created", "StoreChannelCreated"),
    "StoreChannelCreatedData": (".models.store_channel_created_data", "StoreChannelCreatedData"),
    "StoreCustomerAddressCreated": (
        ".models.store_customer_address_created",
        "StoreCustomerAddressCreated",
    ),
    "StoreCustomerAddressCreatedData": (
        ".models.store_customer_address_created_data",
        "StoreCustomerAddressCreatedData",
    ),
    "StoreCustomerAddressCreatedDataAddress": (
        ".models.store_customer_address_created_data_address",
        "StoreCustomerAddressCreatedDataAddress",
    ),
    "StoreInventoryUpdatedDataInventory": (
        ".models.store_inventory_updated_data_inventory",
        "StoreInventoryUpdatedDataInventory",
    ),
    "StoreOrderCreated": (".models.store_order_created", "StoreOrderCreated"),
    "StoreOrderMessageCreated": (".models.store_order_message_created", "StoreOrderMessageCreated"),
    "StoreOrderMessageCreatedData": (
        ".models.store_order_message_created_data",
        "StoreOrderMessageCreatedData",
    ),
    "StoreOrderMessageCreatedDataMessage": (
        ".models.store_order_message_created_data_message",
        "StoreOrderMessageCreatedDataMessage",
    ),
    "StoreOrderRefundCreated": (".models.store_order_refund_created", "StoreOrderRefundCreated"),
    "StoreOrderRefundCreatedData": (
        ".models.store_order_refund_created_data",
        "StoreOrderRefundCreatedData",
    ),
    "StoreOrderRefundCreatedDataRefund": (
        ".models.store_order_refund_created_data_refund",
        "StoreOrderRefundCreatedDataRefund",
    ),
    "StoreOrderStatusUpdated": (".models.store_order_status_updated", "StoreOrderStatusUpdated"),
    "StoreOrderStatusUpdatedData": (
        ".models.store_order_status_updated_data",
        "StoreOrderStatusUpdatedData",
    ),
    "StoreOrderStatusUpdatedDataStatus": (
        ".models.store_order_status_updated_data_status",
        "StoreOrderStatusUpdatedDataStatus",
    ),
    "StoreProductInventoryUpdated": (
        ".models.store_product_inventory_updated",
        "StoreProductInventoryUpdated",
    ),
    "StoreProductInventoryUpdatedData": (
        ".models.store_product_inventory_updated_data",
        "StoreProductInventoryUpdatedData",
    ),
    "StoreShipmentCreated": (".models.store_shipment_created", "StoreShipmentCreated"),
    "StoreShipmentCreatedData": (".models.store_shipment_created_data", "StoreShipmentCreatedData"),
    "StoreSkuCreated": (".models.store_sku_created", "StoreSkuCreated"),
    "StoreSkuCreatedData": (".models.store_sku_created_data", "StoreSkuCreatedData"),
    "StoreSkuCreatedDataSku": (".models.store_sku_created_data_sku", "StoreSkuCreatedDataSku"),
    "StoreSkuInventoryUpdated": (".models.store_sku_inventory_updated", "StoreSkuInventoryUpdated"),
    "StoreSkuInventoryUpdatedData": (
        ".models.store_sku_inventory_updated_data",
        "StoreSkuInventoryUpdatedData",
    ),
    "StoreSkuInventoryUpdatedDataInventory": (
        ".models.store_sku_inventory_updated_data_inventory",
        "StoreSkuInventoryUpdatedDataInventory",
    ),
}

__all__ = [
    "CallbackCategoryData",
    "StoreAppUninstalled",
    "StoreAppUninstalledData",
    "StoreCartAbandoned",
    "StoreCartAbandonedData",
    "StoreCartConverted",
    "StoreCartConvertedData",
    "StoreCartCouponApplied",
    "StoreCartCouponAppliedData",
    "StoreCartCreated",
    "StoreCartCreatedData",
    "StoreCartLineItemCreated",
    "StoreCartLineItemCreatedData",
    "StoreChannelCreated",
    "StoreChannelCreatedData",
    "StoreCustomerAddressCreated",
    "StoreCustomerAddressCreatedData",
    "StoreCustomerAddressCreatedDataAddress",
    "StoreInventoryUpdatedDataInventory",
    "StoreOrderCreated",
    "StoreOrderMessageCreated",
    "StoreOrderMessageCreatedData",
    "StoreOrderMessageCreatedDataMessage",
    "StoreOrderRefundCreated",
    "StoreOrderRefundCreatedData",
    "StoreOrderRefundCreatedDataRefund",
    "StoreOrderStatusUpdated",
    "StoreOrderStatusUpdatedData",
    "StoreOrderStatusUpdatedDataStatus",
    "StoreProductInventoryUpdated",
    "StoreProductInventoryUpdatedData",
    "StoreShipmentCreated",
    "StoreShipmentCreatedData",
    "StoreSkuCreated",
    "StoreSkuCreatedData",
    "StoreSkuCreatedDataSku",
    "StoreSkuInventoryUpdated",
    "StoreSkuInventoryUpdatedData",
    "StoreSkuInventoryUpdatedDataInventory",
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
