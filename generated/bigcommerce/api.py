# Generated from spec/ by codegen (`make generate`); do not edit.
"""`BigcommerceApi`: the client. The old client's resources are capitalised attributes
(`api.Products`); the current API is reached through lowercase chains (`api.catalog.products`)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import connection
from ._api_base import ApiBase
from ._old_client import ApiResourceWrapper

if TYPE_CHECKING:
    from .resources import banners as _banners
    from .resources import blog_posts as _blog_posts
    from .resources import brands as _brands
    from .resources import categories as _categories
    from .resources import countries as _countries
    from .resources import country_states as _country_states
    from .resources import coupons as _coupons
    from .resources import currencies as _currencies
    from .resources import customer_addresses as _customer_addresses
    from .resources import customer_groups as _customer_groups
    from .resources import customers as _customers
    from .resources import gift_certificates as _gift_certificates
    from .resources import google_product_search_mappings as _google_product_search_mappings
    from .resources import option_set_options as _option_set_options
    from .resources import option_sets as _option_sets
    from .resources import option_values as _option_values
    from .resources import options as _options
    from .resources import order_coupons as _order_coupons
    from .resources import order_messages as _order_messages
    from .resources import order_products as _order_products
    from .resources import order_shipments as _order_shipments
    from .resources import order_shipping_addresses as _order_shipping_addresses
    from .resources import order_statuses as _order_statuses
    from .resources import order_taxes as _order_taxes
    from .resources import orders as _orders
    from .resources import pages as _pages
    from .resources import payment_methods as _payment_methods
    from .resources import product_configurable_fields as _product_configurable_fields
    from .resources import product_custom_fields as _product_custom_fields
    from .resources import product_discount_rules as _product_discount_rules
    from .resources import product_images as _product_images
    from .resources import product_options as _product_options
    from .resources import product_reviews as _product_reviews
    from .resources import product_rules as _product_rules
    from .resources import product_skus as _product_skus
    from .resources import product_videos as _product_videos
    from .resources import products as _products
    from .resources import redirects as _redirects
    from .resources import shipping_methods as _shipping_methods
    from .resources import store as _store
    from .resources import tax_classes as _tax_classes
    from .resources import time as _time
    from .resources import webhooks as _webhooks
    from .v2._resource import V2
    from .v3.abandoned_carts.resources.abandoned_carts import V3AbandonedCarts
    from .v3.carts.resources.carts import V3Carts
    from .v3.catalog.resources.catalog import V3Catalog
    from .v3.channels.resources.channels import V3Channels
    from .v3.checkouts.resources.checkouts import V3Checkouts
    from .v3.content.resources.content import V3Content
    from .v3.customers.resources.customers import V3Customers
    from .v3.hooks.resources.hooks import V3Hooks
    from .v3.infrastructure.resources.infrastructure import V3Infrastructure
    from .v3.inventory.resources.inventory import V3Inventory
    from .v3.marketing.resources.marketing import V3Marketing
    from .v3.orders.resources.orders import V3Orders
    from .v3.payments.resources.payments import V3Payments
    from .v3.pickup.resources.pickup import V3Pickup
    from .v3.pricelists.resources.pricelists import V3Pricelists
    from .v3.pricing.resources.pricing import V3Pricing
    from .v3.promotions.resources.promotions import V3Promotions
    from .v3.segments.resources.segments import V3Segments
    from .v3.settings.resources.settings import V3Settings
    from .v3.shipping.resources.shipping import V3Shipping
    from .v3.shopper_profiles.resources.shopper_profiles import V3ShopperProfiles
    from .v3.sites.resources.sites import V3Sites
    from .v3.store.resources.store import V3Store
    from .v3.storefront.resources.storefront import V3Storefront
    from .v3.tax.resources.tax import V3Tax
    from .v3.themes.resources.themes import V3Themes
    from .v3.wishlists.resources.wishlists import V3Wishlists

__all__ = ["ApiResourceWrapper", "BigcommerceApi", "connection"]


def __getattr__(name: str) -> Any:
    """The old client's `bigcommerce.api` also held every name of `bigcommerce.resources`."""
    from . import resources

    if name in resources.__all__:
        return getattr(resources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class BigcommerceApi(ApiBase):
    """A client for one store; each resource is created on first access and then reused."""

    @cached_property
    def Banners(self) -> _banners.Banners:
        """`banners` (v2): all, iterall, get, create, update, delete, delete_all."""
        from .resources.banners import Banners

        return Banners(self.connection)

    @cached_property
    def BlogPosts(self) -> _blog_posts.BlogPosts:
        """`blog/posts` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.blog_posts import BlogPosts

        return BlogPosts(self.connection)

    @cached_property
    def Brands(self) -> _brands.Brands:
        """`brands` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.brands import Brands

        return Brands(self.connection)

    @cached_property
    def Categories(self) -> _categories.Categories:
        """`categories` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.categories import Categories

        return Categories(self.connection)

    @cached_property
    def Countries(self) -> _countries.Countries:
        """`countries` (v2): all, iterall, get, count."""
        from .resources.countries import Countries

        return Countries(self.connection)

    @cached_property
    def CountryStates(self) -> _country_states.CountryStates:
        """`countries/{country_id}/states` (v2): all, iterall, get, count."""
        from .resources.country_states import CountryStates

        return CountryStates(self.connection)

    @cached_property
    def Coupons(self) -> _coupons.Coupons:
        """`coupons` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.coupons import Coupons

        return Coupons(self.connection)

    @cached_property
    def Currencies(self) -> _currencies.Currencies:
        """`currencies` (v2): all, iterall, get, create, update, delete."""
        from .resources.currencies import Currencies

        return Currencies(self.connection)

    @cached_property
    def CustomerAddresses(self) -> _customer_addresses.CustomerAddresses:
        """`customers/{customer_id}/addresses` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.customer_addresses import CustomerAddresses

        return CustomerAddresses(self.connection)

    @cached_property
    def CustomerGroups(self) -> _customer_groups.CustomerGroups:
        """`customer_groups` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.customer_groups import CustomerGroups

        return CustomerGroups(self.connection)

    @cached_property
    def Customers(self) -> _customers.Customers:
        """`customers` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.customers import Customers

        return Customers(self.connection)

    @cached_property
    def GiftCertificates(self) -> _gift_certificates.GiftCertificates:
        """`gift_certificates` (v2): all, iterall, get, create, update, delete, delete_all."""
        from .resources.gift_certificates import GiftCertificates

        return GiftCertificates(self.connection)

    @cached_property
    def GoogleProductSearchMappings(
        self,
    ) -> _google_product_search_mappings.GoogleProductSearchMappings:
        """`products/{product_id}/googleproductsearch` (v2): all, iterall, get."""
        from .resources.google_product_search_mappings import GoogleProductSearchMappings

        return GoogleProductSearchMappings(self.connection)

    @cached_property
    def OptionSetOptions(self) -> _option_set_options.OptionSetOptions:
        """`option_sets/{option_set_id}/options` (v2): all, iterall, get, create, update, delete,
        delete_all.
        """
        from .resources.option_set_options import OptionSetOptions

        return OptionSetOptions(self.connection)

    @cached_property
    def OptionSets(self) -> _option_sets.OptionSets:
        """`option_sets` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.option_sets import OptionSets

        return OptionSets(self.connection)

    @cached_property
    def OptionValues(self) -> _option_values.OptionValues:
        """`options/{option_id}/values` (v2): all, iterall, get, create, update, delete,
        delete_all.
        """
        from .resources.option_values import OptionValues

        return OptionValues(self.connection)

    @cached_property
    def Options(self) -> _options.Options:
        """`options` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.options import Options

        return Options(self.connection)

    @cached_property
    def OrderCoupons(self) -> _order_coupons.OrderCoupons:
        """`orders/{order_id}/coupons` (v2): all, iterall, get."""
        from .resources.order_coupons import OrderCoupons

        return OrderCoupons(self.connection)

    @cached_property
    def OrderMessages(self) -> _order_messages.OrderMessages:
        """`orders/{order_id}/messages` (v2): all, iterall, get."""
        from .resources.order_messages import OrderMessages

        return OrderMessages(self.connection)

    @cached_property
    def OrderProducts(self) -> _order_products.OrderProducts:
        """`orders/{order_id}/products` (v2): all, iterall, get, count."""
        from .resources.order_products import OrderProducts

        return OrderProducts(self.connection)

    @cached_property
    def OrderShipments(self) -> _order_shipments.OrderShipments:
        """`orders/{order_id}/shipments` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.order_shipments import OrderShipments

        return OrderShipments(self.connection)

    @cached_property
    def OrderShippingAddresses(self) -> _order_shipping_addresses.OrderShippingAddresses:
        """`orders/{order_id}/shipping_addresses` (v2): all, iterall, get, count."""
        from .resources.order_shipping_addresses import OrderShippingAddresses

        return OrderShippingAddresses(self.connection)

    @cached_property
    def OrderStatuses(self) -> _order_statuses.OrderStatuses:
        """`order_statuses` (v2): all, iterall, get."""
        from .resources.order_statuses import OrderStatuses

        return OrderStatuses(self.connection)

    @cached_property
    def OrderTaxes(self) -> _order_taxes.OrderTaxes:
        """`orders/{order_id}/taxes` (v2): all, iterall, get."""
        from .resources.order_taxes import OrderTaxes

        return OrderTaxes(self.connection)

    @cached_property
    def Orders(self) -> _orders.Orders:
        """`orders` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.orders import Orders

        return Orders(self.connection)

    @cached_property
    def Pages(self) -> _pages.Pages:
        """`pages` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.pages import Pages

        return Pages(self.connection)

    @cached_property
    def PaymentMethods(self) -> _payment_methods.PaymentMethods:
        """`payments/methods` (v2): all, iterall, get."""
        from .resources.payment_methods import PaymentMethods

        return PaymentMethods(self.connection)

    @cached_property
    def ProductConfigurableFields(self) -> _product_configurable_fields.ProductConfigurableFields:
        """`products/{product_id}/configurable_fields` (v2): all, iterall, get, delete,
        delete_all, count.
        """
        from .resources.product_configurable_fields import ProductConfigurableFields

        return ProductConfigurableFields(self.connection)

    @cached_property
    def ProductCustomFields(self) -> _product_custom_fields.ProductCustomFields:
        """`products/{product_id}/custom_fields` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_custom_fields import ProductCustomFields

        return ProductCustomFields(self.connection)

    @cached_property
    def ProductDiscountRules(self) -> _product_discount_rules.ProductDiscountRules:
        """`products/{product_id}/discount_rules` (v2): all, iterall, get, create, update,
        delete, delete_all, count.
        """
        from .resources.product_discount_rules import ProductDiscountRules

        return ProductDiscountRules(self.connection)

    @cached_property
    def ProductImages(self) -> _product_images.ProductImages:
        """`products/{product_id}/images` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_images import ProductImages

        return ProductImages(self.connection)

    @cached_property
    def ProductOptions(self) -> _product_options.ProductOptions:
        """`products/{product_id}/options` (v2): all, iterall, get."""
        from .resources.product_options import ProductOptions

        return ProductOptions(self.connection)

    @cached_property
    def ProductReviews(self) -> _product_reviews.ProductReviews:
        """`products/{product_id}/reviews` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_reviews import ProductReviews

        return ProductReviews(self.connection)

    @cached_property
    def ProductRules(self) -> _product_rules.ProductRules:
        """`products/{product_id}/rules` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_rules import ProductRules

        return ProductRules(self.connection)

    @cached_property
    def ProductSkus(self) -> _product_skus.ProductSkus:
        """`products/{product_id}/skus` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_skus import ProductSkus

        return ProductSkus(self.connection)

    @cached_property
    def ProductVideos(self) -> _product_videos.ProductVideos:
        """`products/{product_id}/videos` (v2): all, iterall, get, create, delete, delete_all,
        count.
        """
        from .resources.product_videos import ProductVideos

        return ProductVideos(self.connection)

    @cached_property
    def Products(self) -> _products.Products:
        """`products` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.products import Products

        return Products(self.connection)

    @cached_property
    def Redirects(self) -> _redirects.Redirects:
        """`redirects` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.redirects import Redirects

        return Redirects(self.connection)

    @cached_property
    def ShippingMethods(self) -> _shipping_methods.ShippingMethods:
        """`shipping/methods` (v2): all, iterall, get."""
        from .resources.shipping_methods import ShippingMethods

        return ShippingMethods(self.connection)

    @cached_property
    def Store(self) -> _store.Store:
        """`store` (v2): all."""
        from .resources.store import Store

        return Store(self.connection)

    @cached_property
    def TaxClasses(self) -> _tax_classes.TaxClasses:
        """`tax_classes` (v2): all, iterall, get."""
        from .resources.tax_classes import TaxClasses

        return TaxClasses(self.connection)

    @cached_property
    def Time(self) -> _time.Time:
        """`time` (v2): all."""
        from .resources.time import Time

        return Time(self.connection)

    @cached_property
    def Webhooks(self) -> _webhooks.Webhooks:
        """`hooks` (v2): all, iterall, get, create, update, delete."""
        from .resources.webhooks import Webhooks

        return Webhooks(self.connection)

    @cached_property
    def v2(self) -> V2:
        """`v2`: the current API's `/v2` resources."""
        from .v2._resource import V2

        return V2(self.connection)

    @cached_property
    def abandoned_carts(self) -> V3AbandonedCarts:
        """`abandoned_carts`: the current API's `/abandoned_carts` resources."""
        from .v3.abandoned_carts.resources.abandoned_carts import V3AbandonedCarts

        return V3AbandonedCarts(self.connection)

    @cached_property
    def carts(self) -> V3Carts:
        """`carts`: the current API's `/carts` resources."""
        from .v3.carts.resources.carts import V3Carts

        return V3Carts(self.connection)

    @cached_property
    def catalog(self) -> V3Catalog:
        """`catalog`: the current API's `/catalog` resources."""
        from .v3.catalog.resources.catalog import V3Catalog

        return V3Catalog(self.connection)

    @cached_property
    def channels(self) -> V3Channels:
        """`channels`: the current API's `/channels` resources."""
        from .v3.channels.resources.channels import V3Channels

        return V3Channels(self.connection)

    @cached_property
    def checkouts(self) -> V3Checkouts:
        """`checkouts`: the current API's `/checkouts` resources."""
        from .v3.checkouts.resources.checkouts import V3Checkouts

        return V3Checkouts(self.connection)

    @cached_property
    def content(self) -> V3Content:
        """`content`: the current API's `/content` resources."""
        from .v3.content.resources.content import V3Content

        return V3Content(self.connection)

    @cached_property
    def customers(self) -> V3Customers:
        """`customers`: the current API's `/customers` resources."""
        from .v3.customers.resources.customers import V3Customers

        return V3Customers(self.connection)

    @cached_property
    def hooks(self) -> V3Hooks:
        """`hooks`: the current API's `/hooks` resources."""
        from .v3.hooks.resources.hooks import V3Hooks

        return V3Hooks(self.connection)

    @cached_property
    def infrastructure(self) -> V3Infrastructure:
        """`infrastructure`: the current API's `/infrastructure` resources."""
        from .v3.infrastructure.resources.infrastructure import V3Infrastructure

        return V3Infrastructure(self.connection)

    @cached_property
    def inventory(self) -> V3Inventory:
        """`inventory`: the current API's `/inventory` resources."""
        from .v3.inventory.resources.inventory import V3Inventory

        return V3Inventory(self.connection)

    @cached_property
    def marketing(self) -> V3Marketing:
        """`marketing`: the current API's `/marketing` resources."""
        from .v3.marketing.resources.marketing import V3Marketing

        return V3Marketing(self.connection)

    @cached_property
    def orders(self) -> V3Orders:
        """`orders`: the current API's `/orders` resources."""
        from .v3.orders.resources.orders import V3Orders

        return V3Orders(self.connection)

    @cached_property
    def payments(self) -> V3Payments:
        """`payments`: the current API's `/payments` resources."""
        from .v3.payments.resources.payments import V3Payments

        return V3Payments(self.connection)

    @cached_property
    def pickup(self) -> V3Pickup:
        """`pickup`: the current API's `/pickup` resources."""
        from .v3.pickup.resources.pickup import V3Pickup

        return V3Pickup(self.connection)

    @cached_property
    def pricelists(self) -> V3Pricelists:
        """`pricelists`: the current API's `/pricelists` resources."""
        from .v3.pricelists.resources.pricelists import V3Pricelists

        return V3Pricelists(self.connection)

    @cached_property
    def pricing(self) -> V3Pricing:
        """`pricing`: the current API's `/pricing` resources."""
        from .v3.pricing.resources.pricing import V3Pricing

        return V3Pricing(self.connection)

    @cached_property
    def promotions(self) -> V3Promotions:
        """`promotions`: the current API's `/promotions` resources."""
        from .v3.promotions.resources.promotions import V3Promotions

        return V3Promotions(self.connection)

    @cached_property
    def segments(self) -> V3Segments:
        """`segments`: the current API's `/segments` resources."""
        from .v3.segments.resources.segments import V3Segments

        return V3Segments(self.connection)

    @cached_property
    def settings(self) -> V3Settings:
        """`settings`: the current API's `/settings` resources."""
        from .v3.settings.resources.settings import V3Settings

        return V3Settings(self.connection)

    @cached_property
    def shipping(self) -> V3Shipping:
        """`shipping`: the current API's `/shipping` resources."""
        from .v3.shipping.resources.shipping import V3Shipping

        return V3Shipping(self.connection)

    @cached_property
    def shopper_profiles(self) -> V3ShopperProfiles:
        """`shopper_profiles`: the current API's `/shopper_profiles` resources."""
        from .v3.shopper_profiles.resources.shopper_profiles import V3ShopperProfiles

        return V3ShopperProfiles(self.connection)

    @cached_property
    def sites(self) -> V3Sites:
        """`sites`: the current API's `/sites` resources."""
        from .v3.sites.resources.sites import V3Sites

        return V3Sites(self.connection)

    @cached_property
    def store(self) -> V3Store:
        """`store`: the current API's `/store` resources."""
        from .v3.store.resources.store import V3Store

        return V3Store(self.connection)

    @cached_property
    def storefront(self) -> V3Storefront:
        """`storefront`: the current API's `/storefront` resources."""
        from .v3.storefront.resources.storefront import V3Storefront

        return V3Storefront(self.connection)

    @cached_property
    def tax(self) -> V3Tax:
        """`tax`: the current API's `/tax` resources."""
        from .v3.tax.resources.tax import V3Tax

        return V3Tax(self.connection)

    @cached_property
    def themes(self) -> V3Themes:
        """`themes`: the current API's `/themes` resources."""
        from .v3.themes.resources.themes import V3Themes

        return V3Themes(self.connection)

    @cached_property
    def wishlists(self) -> V3Wishlists:
        """`wishlists`: the current API's `/wishlists` resources."""
        from .v3.wishlists.resources.wishlists import V3Wishlists

        return V3Wishlists(self.connection)
