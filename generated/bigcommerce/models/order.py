# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `Order` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .._types import Rfc2822DateTime
from .order_address import OrderAddressCreate, OrderAddressUpdate
from .order_billing_address import (
    OrderBillingAddress,
    OrderBillingAddressCreate,
    OrderBillingAddressUpdate,
)
from .order_fee import OrderFeeCreate, OrderFeeUpdate
from .order_product_line import OrderProductLineCreate, OrderProductLineUpdate
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .order_coupon import OrderCoupon
    from .order_message import OrderMessage
    from .order_product import OrderProduct
    from .order_shipment import OrderShipment
    from .order_shipping_address import OrderShippingAddress
    from .order_tax import OrderTax


class Order(ApiModel):
    """`Order`: an object of the v2 `Orders` resource. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    customer_id: int | None = None
    date_created: str | None = None
    date_modified: str | None = None
    """Read-only: set by the API, never sent."""
    date_shipped: str | None = None
    """Read-only: set by the API, never sent."""
    cart_id: str | None = None
    """Read-only: set by the API, never sent."""
    status_id: int | None = None
    status: str | None = None
    """Read-only: set by the API, never sent."""
    custom_status: str | None = None
    """Read-only: set by the API, never sent."""
    subtotal_ex_tax: str | None = None
    subtotal_inc_tax: str | None = None
    subtotal_tax: str | None = None
    """Read-only: set by the API, never sent."""
    base_shipping_cost: str | None = None
    shipping_cost_ex_tax: str | None = None
    shipping_cost_inc_tax: str | None = None
    shipping_cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    shipping_cost_tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    base_handling_cost: str | None = None
    handling_cost_ex_tax: str | None = None
    handling_cost_inc_tax: str | None = None
    handling_cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    handling_cost_tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    base_wrapping_cost: str | None = None
    wrapping_cost_ex_tax: str | None = None
    wrapping_cost_inc_tax: str | None = None
    wrapping_cost_tax: str | None = None
    """Read-only: set by the API, never sent."""
    wrapping_cost_tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    total_ex_tax: str | None = None
    total_inc_tax: str | None = None
    total_tax: str | None = None
    """Read-only: set by the API, never sent."""
    is_tax_inclusive_pricing: bool | None = None
    """Read-only: set by the API, never sent."""
    items_total: int | None = None
    items_shipped: int | None = None
    payment_method: str | None = None
    payment_provider_id: str | None = None
    payment_status: str | None = None
    """Read-only: set by the API, never sent. One of: `'authorized'`, `'captured'`, `'capture
    pending'`, `'declined'`, `'held for review'`, `'paid'`, `'partially refunded'`,
    `'pending'`, `'refunded'`, `'void'`, `'void pending'`, `''`.
    """
    refunded_amount: str | None = None
    order_is_digital: bool | None = None
    store_credit_amount: str | None = None
    """Read-only: set by the API, never sent."""
    gift_certificate_amount: str | None = None
    """Read-only: set by the API, never sent."""
    ip_address: str | None = None
    ip_address_v6: str | None = None
    geoip_country: str | None = None
    geoip_country_iso2: str | None = None
    currency_id: int | None = None
    """Read-only: set by the API, never sent."""
    currency_code: str | None = None
    """Read-only: set by the API, never sent."""
    currency_exchange_rate: str | None = None
    """Read-only: set by the API, never sent."""
    default_currency_id: int | None = None
    """Read-only: set by the API, never sent."""
    default_currency_code: str | None = None
    """Sent on create only: the API refuses it on update."""
    store_default_currency_code: str | None = None
    """Read-only: set by the API, never sent."""
    store_default_to_transactional_exchange_rate: str | None = None
    """Read-only: set by the API, never sent."""
    staff_notes: str | None = None
    customer_message: str | None = None
    discount_amount: str | None = None
    coupon_discount: str | None = None
    """Read-only: set by the API, never sent."""
    shipping_address_count: int | None = None
    """Read-only: set by the API, never sent."""
    is_deleted: bool | None = None
    """Read-only: set by the API, never sent."""
    ebay_order_id: str | None = None
    is_email_opt_in: bool | None = None
    """Read-only: set by the API, never sent."""
    credit_card_type: Any | None = None
    """Read-only: set by the API, never sent."""
    order_source: str | None = None
    channel_id: int | None = None
    external_source: str | None = None
    """May be null."""
    external_id: str | None = None
    """Read-only: set by the API, never sent."""
    external_merchant_id: str | None = None
    """May be null."""
    external_order_id: str | None = None
    """May be null."""
    tax_provider_id: str | None = None
    customer_locale: str | None = None
    billing_address: OrderBillingAddress | None = None
    """Required to create."""
    products_: ResourceLink | None = Field(default=None, alias="products")
    """Sent as `list[OrderProductLine]`."""
    shipping_addresses_: ResourceLink | None = Field(default=None, alias="shipping_addresses")
    """Sent as `list[OrderAddress]`."""
    coupons_: ResourceLink | None = Field(default=None, alias="coupons")
    """Read-only: set by the API, never sent."""
    consignments: Any | None = None
    fees: Any | None = None
    """Sent as `list[OrderFee]`."""

    def update(self, **fields: Unpack[OrderUpdate]) -> Order:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.orders import Orders

        return self._resource(Orders).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.orders import Orders

        return self._resource(Orders).delete(self._own_id())

    @overload
    def coupons(self) -> list[OrderCoupon]: ...
    @overload
    def coupons(self, id: Id) -> OrderCoupon: ...
    def coupons(self, id: Id | None = None) -> list[OrderCoupon] | OrderCoupon:
        """This object's `OrderCoupons`: one page of them, or the one with `id`."""
        from ..resources.order_coupons import OrderCoupons

        resource = self._sibling(OrderCoupons)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def messages(self) -> list[OrderMessage]: ...
    @overload
    def messages(self, id: Id) -> OrderMessage: ...
    def messages(self, id: Id | None = None) -> list[OrderMessage] | OrderMessage:
        """This object's `OrderMessages`: one page of them, or the one with `id`."""
        from ..resources.order_messages import OrderMessages

        resource = self._sibling(OrderMessages)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def products(self) -> list[OrderProduct]: ...
    @overload
    def products(self, id: Id) -> OrderProduct: ...
    def products(self, id: Id | None = None) -> list[OrderProduct] | OrderProduct:
        """This object's `OrderProducts`: one page of them, or the one with `id`."""
        from ..resources.order_products import OrderProducts

        resource = self._sibling(OrderProducts)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def shipments(self) -> list[OrderShipment]: ...
    @overload
    def shipments(self, id: Id) -> OrderShipment: ...
    def shipments(self, id: Id | None = None) -> list[OrderShipment] | OrderShipment:
        """This object's `OrderShipments`: one page of them, or the one with `id`."""
        from ..resources.order_shipments import OrderShipments

        resource = self._sibling(OrderShipments)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def shipping_addresses(self) -> list[OrderShippingAddress]: ...
    @overload
    def shipping_addresses(self, id: Id) -> OrderShippingAddress: ...
    def shipping_addresses(
        self, id: Id | None = None
    ) -> list[OrderShippingAddress] | OrderShippingAddress:
        """This object's `OrderShippingAddresses`: one page of them, or the one with `id`."""
        from ..resources.order_shipping_addresses import OrderShippingAddresses

        resource = self._sibling(OrderShippingAddresses)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def taxes(self) -> list[OrderTax]: ...
    @overload
    def taxes(self, id: Id) -> OrderTax: ...
    def taxes(self, id: Id | None = None) -> list[OrderTax] | OrderTax:
        """This object's `OrderTaxes`: one page of them, or the one with `id`."""
        from ..resources.order_taxes import OrderTaxes

        resource = self._sibling(OrderTaxes)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class OrderCreate(TypedDict, total=False):
    """The fields to create a `Order` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    customer_id: int
    date_created: Rfc2822DateTime | str
    status_id: int
    subtotal_ex_tax: Decimal | float | int | str
    subtotal_inc_tax: Decimal | float | int | str
    base_shipping_cost: Decimal | float | int | str
    shipping_cost_ex_tax: Decimal | float | int | str
    shipping_cost_inc_tax: Decimal | float | int | str
    base_handling_cost: Decimal | float | int | str
    handling_cost_ex_tax: Decimal | float | int | str
    handling_cost_inc_tax: Decimal | float | int | str
    base_wrapping_cost: Decimal | float | int | str
    wrapping_cost_ex_tax: Decimal | float | int | str
    wrapping_cost_inc_tax: Decimal | float | int | str
    total_ex_tax: Decimal | float | int | str
    total_inc_tax: Decimal | float | int | str
    items_total: int
    items_shipped: int
    payment_method: str
    payment_provider_id: str
    refunded_amount: Decimal | float | int | str
    order_is_digital: bool
    ip_address: str
    ip_address_v6: str
    geoip_country: str
    geoip_country_iso2: str
    default_currency_code: str
    """Sent on create only: the API refuses it on update."""
    staff_notes: str
    customer_message: str
    discount_amount: Decimal | float | int | str
    ebay_order_id: str
    order_source: str
    channel_id: int
    external_source: str | None
    external_merchant_id: str | None
    external_order_id: str | None
    tax_provider_id: str
    customer_locale: str
    billing_address: Required[OrderBillingAddressCreate]
    products: list[OrderProductLineCreate]
    shipping_addresses: list[OrderAddressCreate]
    consignments: Any
    fees: list[OrderFeeCreate]


@with_config(REQUEST_CONFIG)
class OrderUpdate(TypedDict, total=False):
    """The fields to update a `Order` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    customer_id: int
    date_created: Rfc2822DateTime | str
    status_id: int
    subtotal_ex_tax: Decimal | float | int | str
    subtotal_inc_tax: Decimal | float | int | str
    base_shipping_cost: Decimal | float | int | str
    shipping_cost_ex_tax: Decimal | float | int | str
    shipping_cost_inc_tax: Decimal | float | int | str
    base_handling_cost: Decimal | float | int | str
    handling_cost_ex_tax: Decimal | float | int | str
    handling_cost_inc_tax: Decimal | float | int | str
    base_wrapping_cost: Decimal | float | int | str
    wrapping_cost_ex_tax: Decimal | float | int | str
    wrapping_cost_inc_tax: Decimal | float | int | str
    total_ex_tax: Decimal | float | int | str
    total_inc_tax: Decimal | float | int | str
    items_total: int
    items_shipped: int
    payment_method: str
    payment_provider_id: str
    refunded_amount: Decimal | float | int | str
    order_is_digital: bool
    ip_address: str
    ip_address_v6: str
    geoip_country: str
    geoip_country_iso2: str
    staff_notes: str
    customer_message: str
    discount_amount: Decimal | float | int | str
    ebay_order_id: str
    order_source: str
    channel_id: int
    external_source: str | None
    external_merchant_id: str | None
    external_order_id: str | None
    tax_provider_id: str
    customer_locale: str
    billing_address: OrderBillingAddressUpdate
    products: list[OrderProductLineUpdate]
    shipping_addresses: list[OrderAddressUpdate]
    consignments: Any
    fees: list[OrderFeeUpdate]
