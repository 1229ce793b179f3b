# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `orders` models, loaded on first use: `from bigcommerce.v2.orders import
OrderConsignment`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.coupons_resource import CouponsResource
    from .models.digital_consignment import DigitalConsignment
    from .models.digital_consignment_line_item import DigitalConsignmentLineItem
    from .models.form_field import FormField
    from .models.form_fields import FormFields
    from .models.order_consignment import OrderConsignment
    from .models.order_consignment_email import OrderConsignmentEmail
    from .models.order_fees import OrderFees
    from .models.order_product_applied_discounts import OrderProductAppliedDiscounts
    from .models.order_product_options import OrderProductOptions
    from .models.order_shipping_address import OrderShippingAddress
    from .models.pickup_consignment_location_response import PickupConsignmentLocationResponse
    from .models.pickup_consignment_pickup import PickupConsignmentPickup
    from .models.shipping_address_update import ShippingAddressUpdate
    from .models.shipping_consignment_shipping import ShippingConsignmentShipping
    from .models.shipping_quotes import ShippingQuotes

#: public name -> (model module, its name there)
_EXPORTS = {
    "CouponsResource": (".models.coupons_resource", "CouponsResource"),
    "DigitalConsignment": (".models.digital_consignment", "DigitalConsignment"),
    "DigitalConsignmentLineItem": (
        ".models.digital_consignment_line_item",
        "DigitalConsignmentLineItem",
    ),
    "FormField": (".models.form_field", "FormField"),
    "FormFields": (".models.form_fields", "FormFields"),
    "OrderConsignment": (".models.order_consignment", "OrderConsignment"),
    "OrderConsignmentEmail": (".models.order_consignment_email", "OrderConsignmentEmail"),
    "OrderFees": (".models.order_fees", "OrderFees"),
    "OrderProductAppliedDiscounts": (
        ".models.order_product_applied_discounts",
        "OrderProductAppliedDiscounts",
    ),
    "OrderProductOptions": (".models.order_product_options", "OrderProductOptions"),
    "OrderShippingAddress": (".models.order_shipping_address", "OrderShippingAddress"),
    "PickupConsignmentLocationResponse": (
        ".models.pickup_consignment_location_response",
        "PickupConsignmentLocationResponse",
    ),
    "PickupConsignmentPickup": (".models.pickup_consignment_pickup", "PickupConsignmentPickup"),
    "ShippingAddressUpdate": (".models.shipping_address_update", "ShippingAddressUpdate"),
    "ShippingConsignmentShipping": (
        ".models.shipping_consignment_shipping",
        "ShippingConsignmentShipping",
    ),
    "ShippingQuotes": (".models.shipping_quotes", "ShippingQuotes"),
}

__all__ = [
    "CouponsResource",
    "DigitalConsignment",
    "DigitalConsignmentLineItem",
    "FormField",
    "FormFields",
    "OrderConsignment",
    "OrderConsignmentEmail",
    "OrderFees",
    "OrderProductAppliedDiscounts",
    "OrderProductOptions",
    "OrderShippingAddress",
    "PickupConsignmentLocationResponse",
    "PickupConsignmentPickup",
    "ShippingAddressUpdate",
    "ShippingConsignmentShipping",
    "ShippingQuotes",
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
