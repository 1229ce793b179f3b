# Generated from spec/ by codegen (`make generate`); do not edit.
"""Every resource class, loaded on first use: `from bigcommerce.resources import Products`;
and the old client's base classes and `Mapping` (see `.._old_client`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .. import _old_client
from .._old_client import *  # noqa: F403

if TYPE_CHECKING:
    from .banners import Banners
    from .blog_posts import BlogPosts
    from .brands import Brands
    from .categories import Categories
    from .countries import Countries
    from .country_states import CountryStates
    from .coupons import Coupons
    from .currencies import Currencies
    from .customer_addresses import CustomerAddresses
    from .customer_groups import CustomerGroups
    from .customers import Customers
    from .gift_certificates import GiftCertificates
    from .google_product_search_mappings import GoogleProductSearchMappings
    from .option_set_options import OptionSetOptions
    from .option_sets import OptionSets
    from .option_values import OptionValues
    from .options import Options
    from .order_coupons import OrderCoupons
    from .order_messages import OrderMessages
    from .order_products import OrderProducts
    from .order_shipments import OrderShipments
    from .order_shipping_addresses import OrderShippingAddresses
    from .order_statuses import OrderStatuses
    from .order_taxes import OrderTaxes
    from .orders import Orders
    from .pages import Pages
    from .payment_methods import PaymentMethods
    from .product_configurable_fields import ProductConfigurableFields
    from .product_custom_fields import ProductCustomFields
    from .product_discount_rules import ProductDiscountRules
    from .product_images import ProductImages
    from .product_options import ProductOptions
    from .product_reviews import ProductReviews
    from .product_rules import ProductRules
    from .product_skus import ProductSkus
    from .product_videos import ProductVideos
    from .products import Products
    from .redirects import Redirects
    from .shipping_methods import ShippingMethods
    from .store import Store
    from .tax_classes import TaxClasses
    from .time import Time
    from .v2 import V2
    from .v2_banners import V2Banners
    from .v2_blog import V2Blog
    from .v2_blog_tags import V2BlogTags
    from .v2_countries import V2Countries
    from .v2_countries_states import V2CountriesStates
    from .v2_currencies import V2Currencies
    from .v2_customers import V2Customers
    from .v2_orders import V2Orders
    from .v2_orders_consignments import V2OrdersConsignments
    from .v2_orders_consignments_shipping import V2OrdersConsignmentsShipping
    from .v2_orders_consignments_shipping_shipping_quotes import (
        V2OrdersConsignmentsShippingShippingQuotes,
    )
    from .v2_orders_fees import V2OrdersFees
    from .v2_orders_shipping_addresses import V2OrdersShippingAddresses
    from .v2_orders_shipping_addresses_shipping_quotes import (
        V2OrdersShippingAddressesShippingQuotes,
    )
    from .v2_shipping import V2Shipping
    from .v2_shipping_carrier import V2ShippingCarrier
    from .v2_shipping_carrier_connection import V2ShippingCarrierConnection
    from .v2_shipping_zones import V2ShippingZones
    from .v2_shipping_zones_methods import V2ShippingZonesMethods
    from .v3_abandoned_carts import V3AbandonedCarts
    from .v3_abandoned_carts_settings import V3AbandonedCartsSettings
    from .v3_abandoned_carts_settings_channels import V3AbandonedCartsSettingsChannels
    from .v3_carts import V3Carts
    from .v3_carts_items import V3CartsItems
    from .v3_carts_metafields import V3CartsMetafields
    from .v3_carts_redirect_urls import V3CartsRedirectUrls
    from .v3_carts_settings import V3CartsSettings
    from .v3_carts_settings_channels import V3CartsSettingsChannels
    from .v3_catalog import V3Catalog
    from .v3_catalog_brands import V3CatalogBrands
    from .v3_catalog_brands_image import V3CatalogBrandsImage
    from .v3_catalog_brands_metafields import V3CatalogBrandsMetafields
    from .v3_catalog_categories import V3CatalogCategories
    from .v3_catalog_categories_image import V3CatalogCategoriesImage
    from .v3_catalog_categories_metafields import V3CatalogCategoriesMetafields
    from .v3_catalog_categories_products import V3CatalogCategoriesProducts
    from .v3_catalog_categories_products_sort_order import V3CatalogCategoriesProductsSortOrder
    from .v3_catalog_products import V3CatalogProducts
    from .v3_catalog_products_bulk_pricing_rules import V3CatalogProductsBulkPricingRules
    from .v3_catalog_products_category_assignments import V3CatalogProductsCategoryAssignments
    from .v3_catalog_products_channel_assignments import V3CatalogProductsChannelAssignments
    from .v3_catalog_products_complex_rules import V3CatalogProductsComplexRules
    from .v3_catalog_products_custom_fields import V3CatalogProductsCustomFields
    from .v3_catalog_products_images import V3CatalogProductsImages
    from .v3_catalog_products_metafields import V3CatalogProductsMetafields
    from .v3_catalog_products_modifiers import V3CatalogProductsModifiers
    from .v3_catalog_products_modifiers_values import V3CatalogProductsModifiersValues
    from .v3_catalog_products_modifiers_values_image import V3CatalogProductsModifiersValuesImage
    from .v3_catalog_products_options import V3CatalogProductsOptions
    from .v3_catalog_products_options_values import V3CatalogProductsOptionsValues
    from .v3_catalog_products_reviews import V3CatalogProductsReviews
    from .v3_catalog_products_variants import V3CatalogProductsVariants
    from .v3_catalog_products_variants_image import V3CatalogProductsVariantsImage
    from .v3_catalog_products_variants_metafields import V3CatalogProductsVariantsMetafields
    from .v3_catalog_products_videos import V3CatalogProductsVideos
    from .v3_catalog_summary import V3CatalogSummary
    from .v3_catalog_trees import V3CatalogTrees
    from .v3_catalog_trees_categories import V3CatalogTreesCategories
    from .v3_catalog_variants import V3CatalogVariants
    from .v3_catalog_variants_metafields import V3CatalogVariantsMetafields
    from .v3_channels import V3Channels
    from .v3_channels_active_theme import V3ChannelsActiveTheme
    from .v3_channels_channel_menus import V3ChannelsChannelMenus
    from .v3_channels_currency_assignments import V3ChannelsCurrencyAssignments
    from .v3_channels_listings import V3ChannelsListings
    from .v3_channels_metafields import V3ChannelsMetafields
    from .v3_channels_site import V3ChannelsSite
    from .v3_channels_site_checkout_url import V3ChannelsSiteCheckoutUrl
    from .v3_checkouts import V3Checkouts
    from .v3_checkouts_billing_address import V3CheckoutsBillingAddress
    from .v3_checkouts_consignments import V3CheckoutsConsignments
    from .v3_checkouts_coupons import V3CheckoutsCoupons
    from .v3_checkouts_discounts import V3CheckoutsDiscounts
    from .v3_checkouts_fees import V3CheckoutsFees
    from .v3_checkouts_orders import V3CheckoutsOrders
    from .v3_checkouts_settings import V3CheckoutsSettings
    from .v3_checkouts_settings_channels import V3CheckoutsSettingsChannels
    from .v3_checkouts_token import V3CheckoutsToken
    from .v3_content import V3Content
    from .v3_content_page_widgets import V3ContentPageWidgets
    from .v3_content_pages import V3ContentPages
    from .v3_content_placements import V3ContentPlacements
    from .v3_content_regions import V3ContentRegions
    from .v3_content_scripts import V3ContentScripts
    from .v3_content_widget_templates import V3ContentWidgetTemplates
    from .v3_content_widgets import V3ContentWidgets
    from .v3_customers import V3Customers
    from .v3_customers_addresses import V3CustomersAddresses
    from .v3_customers_attribute_values import V3CustomersAttributeValues
    from .v3_customers_attributes import V3CustomersAttributes
    from .v3_customers_consent import V3CustomersConsent
    from .v3_customers_form_field_values import V3CustomersFormFieldValues
    from .v3_customers_metafields import V3CustomersMetafields
    from .v3_customers_settings import V3CustomersSettings
    from .v3_customers_settings_channels import V3CustomersSettingsChannels
    from .v3_customers_stored_instruments import V3CustomersStoredInstruments
    from .v3_customers_subscribers import V3CustomersSubscribers
    from .v3_hooks import V3Hooks
    from .v3_hooks_admin import V3HooksAdmin
    from .v3_infrastructure import V3Infrastructure
    from .v3_infrastructure_deployments import V3InfrastructureDeployments
    from .v3_infrastructure_deployments_events import V3InfrastructureDeploymentsEvents
    from .v3_infrastructure_logs import V3InfrastructureLogs
    from .v3_infrastructure_logs_tail import V3InfrastructureLogsTail
    from .v3_infrastructure_projects import V3InfrastructureProjects
    from .v3_inventory import V3Inventory
    from .v3_inventory_adjustments import V3InventoryAdjustments
    from .v3_inventory_adjustments_absolute import V3InventoryAdjustmentsAbsolute
    from .v3_inventory_adjustments_relative import V3InventoryAdjustmentsRelative
    from .v3_inventory_items import V3InventoryItems
    from .v3_inventory_locations import V3InventoryLocations
    from .v3_inventory_locations_items import V3InventoryLocationsItems
    from .v3_inventory_locations_metafields import V3InventoryLocationsMetafields
    from .v3_marketing import V3Marketing
    from .v3_marketing_abandoned_cart_emails import V3MarketingAbandonedCartEmails
    from .v3_marketing_abandoned_cart_emails_default import V3MarketingAbandonedCartEmailsDefault
    from .v3_marketing_abandoned_cart_emails_settings import V3MarketingAbandonedCartEmailsSettings
    from .v3_marketing_email_templates import V3MarketingEmailTemplates
    from .v3_orders import V3Orders
    from .v3_orders_metafields import V3OrdersMetafields
    from .v3_orders_payment_actions import V3OrdersPaymentActions
    from .v3_orders_payment_actions_refund_quotes import V3OrdersPaymentActionsRefundQuotes
    from .v3_orders_payment_actions_refunds import V3OrdersPaymentActionsRefunds
    from .v3_orders_pickups import V3OrdersPickups
    from .v3_orders_settings import V3OrdersSettings
    from .v3_orders_settings_channels import V3OrdersSettingsChannels
    from .v3_orders_transactions import V3OrdersTransactions
    from .v3_payments import V3Payments
    from .v3_payments_access_tokens import V3PaymentsAccessTokens
    from .v3_payments_methods import V3PaymentsMethods
    from .v3_pickup import V3Pickup
    from .v3_pickup_methods import V3PickupMethods
    from .v3_pickup_options import V3PickupOptions
    from .v3_pricelists import V3Pricelists
    from .v3_pricelists_assignments import V3PricelistsAssignments
    from .v3_pricelists_records import V3PricelistsRecords
    from .v3_pricing import V3Pricing
    from .v3_promotions import V3Promotions
    from .v3_promotions_codes import V3PromotionsCodes
    from .v3_promotions_settings import V3PromotionsSettings
    from .v3_segments import V3Segments
    from .v3_segments_shopper_profiles import V3SegmentsShopperProfiles
    from .v3_settings import V3Settings
    from .v3_settings_analytics import V3SettingsAnalytics
    from .v3_settings_catalog import V3SettingsCatalog
    from .v3_settings_email_statuses import V3SettingsEmailStatuses
    from .v3_settings_favicon import V3SettingsFavicon
    from .v3_settings_favicon_image import V3SettingsFaviconImage
    from .v3_settings_inventory import V3SettingsInventory
    from .v3_settings_inventory_notifications import V3SettingsInventoryNotifications
    from .v3_settings_logo import V3SettingsLogo
    from .v3_settings_logo_image import V3SettingsLogoImage
    from .v3_settings_search import V3SettingsSearch
    from .v3_settings_search_filters import V3SettingsSearchFilters
    from .v3_settings_search_filters_available import V3SettingsSearchFiltersAvailable
    from .v3_settings_search_filters_contexts import V3SettingsSearchFiltersContexts
    from .v3_settings_store import V3SettingsStore
    from .v3_settings_store_locale import V3SettingsStoreLocale
    from .v3_settings_store_profile import V3SettingsStoreProfile
    from .v3_settings_store_units_of_measurement import V3SettingsStoreUnitsOfMeasurement
    from .v3_settings_storefront import V3SettingsStorefront
    from .v3_settings_storefront_category import V3SettingsStorefrontCategory
    from .v3_settings_storefront_product import V3SettingsStorefrontProduct
    from .v3_settings_storefront_robotstxt import V3SettingsStorefrontRobotstxt
    from .v3_settings_storefront_search import V3SettingsStorefrontSearch
    from .v3_settings_storefront_security import V3SettingsStorefrontSecurity
    from .v3_settings_storefront_seo import V3SettingsStorefrontSeo
    from .v3_settings_storefront_status import V3SettingsStorefrontStatus
    from .v3_shipping import V3Shipping
    from .v3_shipping_products import V3ShippingProducts
    from .v3_shipping_products_customs_information import V3ShippingProductsCustomsInformation
    from .v3_shipping_settings import V3ShippingSettings
    from .v3_shipping_settings_channels import V3ShippingSettingsChannels
    from .v3_shopper_profiles import V3ShopperProfiles
    from .v3_shopper_profiles_segments import V3ShopperProfilesSegments
    from .v3_sites import V3Sites
    from .v3_sites_certificate import V3SitesCertificate
    from .v3_sites_certificates import V3SitesCertificates
    from .v3_sites_routes import V3SitesRoutes
    from .v3_store import V3Store
    from .v3_store_metafields import V3StoreMetafields
    from .v3_store_systemlogs import V3StoreSystemlogs
    from .v3_storefront import V3Storefront
    from .v3_storefront_api_token import V3StorefrontApiToken
    from .v3_storefront_api_token_customer_impersonation import (
        V3StorefrontApiTokenCustomerImpersonation,
    )
    from .v3_storefront_api_token_private import V3StorefrontApiTokenPrivate
    from .v3_storefront_custom_template_associations import V3StorefrontCustomTemplateAssociations
    from .v3_storefront_redirects import V3StorefrontRedirects
    from .v3_storefront_redirects_imex import V3StorefrontRedirectsImex
    from .v3_storefront_redirects_imex_export import V3StorefrontRedirectsImexExport
    from .v3_storefront_redirects_imex_export_download import (
        V3StorefrontRedirectsImexExportDownload,
    )
    from .v3_storefront_redirects_imex_export_events import V3StorefrontRedirectsImexExportEvents
    from .v3_storefront_redirects_imex_import import V3StorefrontRedirectsImexImport
    from .v3_storefront_redirects_imex_import_events import V3StorefrontRedirectsImexImportEvents
    from .v3_storefront_redirects_imex_jobs import V3StorefrontRedirectsImexJobs
    from .v3_tax import V3Tax
    from .v3_tax_classes import V3TaxClasses
    from .v3_tax_customers import V3TaxCustomers
    from .v3_tax_products import V3TaxProducts
    from .v3_tax_products_properties import V3TaxProductsProperties
    from .v3_tax_properties import V3TaxProperties
    from .v3_tax_providers import V3TaxProviders
    from .v3_tax_providers_connection import V3TaxProvidersConnection
    from .v3_tax_rates import V3TaxRates
    from .v3_tax_settings import V3TaxSettings
    from .v3_tax_zones import V3TaxZones
    from .v3_themes import V3Themes
    from .v3_themes_actions import V3ThemesActions
    from .v3_themes_configurations import V3ThemesConfigurations
    from .v3_themes_custom_templates import V3ThemesCustomTemplates
    from .v3_themes_jobs import V3ThemesJobs
    from .v3_wishlists import V3Wishlists
    from .v3_wishlists_items import V3WishlistsItems
    from .webhooks import Webhooks

_MODULES = {
    "Banners": "banners",
    "BlogPosts": "blog_posts",
    "Brands": "brands",
    "Categories": "categories",
    "Countries": "countries",
    "CountryStates": "country_states",
    "Coupons": "coupons",
    "Currencies": "currencies",
    "CustomerAddresses": "customer_addresses",
    "CustomerGroups": "customer_groups",
    "Customers": "customers",
    "GiftCertificates": "gift_certificates",
    "GoogleProductSearchMappings": "google_product_search_mappings",
    "OptionSetOptions": "option_set_options",
    "OptionSets": "option_sets",
    "OptionValues": "option_values",
    "Options": "options",
    "OrderCoupons": "order_coupons",
    "OrderMessages": "order_messages",
    "OrderProducts": "order_products",
    "OrderShipments": "order_shipments",
    "OrderShippingAddresses": "order_shipping_addresses",
    "OrderStatuses": "order_statuses",
    "OrderTaxes": "order_taxes",
    "Orders": "orders",
    "Pages": "pages",
    "PaymentMethods": "payment_methods",
    "ProductConfigurableFields": "product_configurable_fields",
    "ProductCustomFields": "product_custom_fields",
    "ProductDiscountRules": "product_discount_rules",
    "ProductImages": "product_images",
    "ProductOptions": "product_options",
    "ProductReviews": "product_reviews",
    "ProductRules": "product_rules",
    "ProductSkus": "product_skus",
    "ProductVideos": "product_videos",
    "Products": "products",
    "Redirects": "redirects",
    "ShippingMethods": "shipping_methods",
    "Store": "store",
    "TaxClasses": "tax_classes",
    "Time": "time",
    "Webhooks": "webhooks",
    "V2": "v2",
    "V2Banners": "v2_banners",
    "V2Blog": "v2_blog",
    "V2BlogTags": "v2_blog_tags",
    "V2Countries": "v2_countries",
    "V2CountriesStates": "v2_countries_states",
    "V2Currencies": "v2_currencies",
    "V2Customers": "v2_customers",
    "V2Orders": "v2_orders",
    "V2OrdersConsignments": "v2_orders_consignments",
    "V2OrdersConsignmentsShipping": "v2_orders_consignments_shipping",
    "V2OrdersConsignmentsShippingShippingQuotes": "v2_orders_consignments_shipping_shipping_quotes",
    "V2OrdersFees": "v2_orders_fees",
    "V2OrdersShippingAddresses": "v2_orders_shipping_addresses",
    "V2OrdersShippingAddressesShippingQuotes": "v2_orders_shipping_addresses_shipping_quotes",
    "V2Shipping": "v2_shipping",
    "V2ShippingCarrier": "v2_shipping_carrier",
    "V2ShippingCarrierConnection": "v2_shipping_carrier_connection",
    "V2ShippingZones": "v2_shipping_zones",
    "V2ShippingZonesMethods": "v2_shipping_zones_methods",
    "V3AbandonedCarts": "v3_abandoned_carts",
    "V3AbandonedCartsSettings": "v3_abandoned_carts_settings",
    "V3AbandonedCartsSettingsChannels": "v3_abandoned_carts_settings_channels",
    "V3Carts": "v3_carts",
    "V3CartsItems": "v3_carts_items",
    "V3CartsMetafields": "v3_carts_metafields",
    "V3CartsRedirectUrls": "v3_carts_redirect_urls",
    "V3CartsSettings": "v3_carts_settings",
    "V3CartsSettingsChannels": "v3_carts_settings_channels",
    "V3Catalog": "v3_catalog",
    "V3CatalogBrands": "v3_catalog_brands",
    "V3CatalogBrandsImage": "v3_catalog_brands_image",
    "V3CatalogBrandsMetafields": "v3_catalog_brands_metafields",
    "V3CatalogCategories": "v3_catalog_categories",
    "V3CatalogCategoriesImage": "v3_catalog_categories_image",
    "V3CatalogCategoriesMetafields": "v3_catalog_categories_metafields",
    "V3CatalogCategoriesProducts": "v3_catalog_categories_products",
    "V3CatalogCategoriesProductsSortOrder": "v3_catalog_categories_products_sort_order",
    "V3CatalogProducts": "v3_catalog_products",
    "V3CatalogProductsBulkPricingRules": "v3_catalog_products_bulk_pricing_rules",
    "V3CatalogProductsCategoryAssignments": "v3_catalog_products_category_assignments",
    "V3CatalogProductsChannelAssignments": "v3_catalog_products_channel_assignments",
    "V3CatalogProductsComplexRules": "v3_catalog_products_complex_rules",
    "V3CatalogProductsCustomFields": "v3_catalog_products_custom_fields",
    "V3CatalogProductsImages": "v3_catalog_products_images",
    "V3CatalogProductsMetafields": "v3_catalog_products_metafields",
    "V3CatalogProductsModifiers": "v3_catalog_products_modifiers",
    "V3CatalogProductsModifiersValues": "v3_catalog_products_modifiers_values",
    "V3CatalogProductsModifiersValuesImage": "v3_catalog_products_modifiers_values_image",
    "V3CatalogProductsOptions": "v3_catalog_products_options",
    "V3CatalogProductsOptionsValues": "v3_catalog_products_options_values",
    "V3CatalogProductsReviews": "v3_catalog_products_reviews",
    "V3CatalogProductsVariants": "v3_catalog_products_variants",
    "V3CatalogProductsVariantsImage": "v3_catalog_products_variants_image",
    "V3CatalogProductsVariantsMetafields": "v3_catalog_products_variants_metafields",
    "V3CatalogProductsVideos": "v3_catalog_products_videos",
    "V3CatalogSummary": "v3_catalog_summary",
    "V3CatalogTrees": "v3_catalog_trees",
    "V3CatalogTreesCategories": "v3_catalog_trees_categories",
    "V3CatalogVariants": "v3_catalog_variants",
    "V3CatalogVariantsMetafields": "v3_catalog_variants_metafields",
    "V3Channels": "v3_channels",
    "V3ChannelsActiveTheme": "v3_channels_active_theme",
    "V3ChannelsChannelMenus": "v3_channels_channel_menus",
    "V3ChannelsCurrencyAssignments": "v3_channels_currency_assignments",
    "V3ChannelsListings": "v3_channels_listings",
    "V3ChannelsMetafields": "v3_channels_metafields",
    "V3ChannelsSite": "v3_channels_site",
    "V3ChannelsSiteCheckoutUrl": "v3_channels_site_checkout_url",
    "V3Checkouts": "v3_checkouts",
    "V3CheckoutsBillingAddress": "v3_checkouts_billing_address",
    "V3CheckoutsConsignments": "v3_checkouts_consignments",
    "V3CheckoutsCoupons": "v3_checkouts_coupons",
    "V3CheckoutsDiscounts": "v3_checkouts_discounts",
    "V3CheckoutsFees": "v3_checkouts_fees",
    "V3CheckoutsOrders": "v3_checkouts_orders",
    "V3CheckoutsSettings": "v3_checkouts_settings",
    "V3CheckoutsSettingsChannels": "v3_checkouts_settings_channels",
    "V3CheckoutsToken": "v3_checkouts_token",
    "V3Content": "v3_content",
    "V3ContentPageWidgets": "v3_content_page_widgets",
    "V3ContentPages": "v3_content_pages",
    "V3ContentPlacements": "v3_content_placements",
    "V3ContentRegions": "v3_content_regions",
    "V3ContentScripts": "v3_content_scripts",
    "V3ContentWidgetTemplates": "v3_content_widget_templates",
    "V3ContentWidgets": "v3_content_widgets",
    "V3Customers": "v3_customers",
    "V3CustomersAddresses": "v3_customers_addresses",
    "V3CustomersAttributeValues": "v3_customers_attribute_values",
    "V3CustomersAttributes": "v3_customers_attributes",
    "V3CustomersConsent": "v3_customers_consent",
    "V3CustomersFormFieldValues": "v3_customers_form_field_values",
    "V3CustomersMetafields": "v3_customers_metafields",
    "V3CustomersSettings": "v3_customers_settings",
    "V3CustomersSettingsChannels": "v3_customers_settings_channels",
    "V3CustomersStoredInstruments": "v3_customers_stored_instruments",
    "V3CustomersSubscribers": "v3_customers_subscribers",
    "V3Hooks": "v3_hooks",
    "V3HooksAdmin": "v3_hooks_admin",
    "V3Infrastructure": "v3_infrastructure",
    "V3InfrastructureDeployments": "v3_infrastructure_deployments",
    "V3InfrastructureDeploymentsEvents": "v3_infrastructure_deployments_events",
    "V3InfrastructureLogs": "v3_infrastructure_logs",
    "V3InfrastructureLogsTail": "v3_infrastructure_logs_tail",
    "V3InfrastructureProjects": "v3_infrastructure_projects",
    "V3Inventory": "v3_inventory",
    "V3InventoryAdjustments": "v3_inventory_adjustments",
    "V3InventoryAdjustmentsAbsolute": "v3_inventory_adjustments_absolute",
    "V3InventoryAdjustmentsRelative": "v3_inventory_adjustments_relative",
    "V3InventoryItems": "v3_inventory_items",
    "V3InventoryLocations": "v3_inventory_locations",
    "V3InventoryLocationsItems": "v3_inventory_locations_items",
    "V3InventoryLocationsMetafields": "v3_inventory_locations_metafields",
    "V3Marketing": "v3_marketing",
    "V3MarketingAbandonedCartEmails": "v3_marketing_abandoned_cart_emails",
    "V3MarketingAbandonedCartEmailsDefault": "v3_marketing_abandoned_cart_emails_default",
    "V3MarketingAbandonedCartEmailsSettings": "v3_marketing_abandoned_cart_emails_settings",
    "V3MarketingEmailTemplates": "v3_marketing_email_templates",
    "V3Orders": "v3_orders",
    "V3OrdersMetafields": "v3_orders_metafields",
    "V3OrdersPaymentActions": "v3_orders_payment_actions",
    "V3OrdersPaymentActionsRefundQuotes": "v3_orders_payment_actions_refund_quotes",
    "V3OrdersPaymentActionsRefunds": "v3_orders_payment_actions_refunds",
    "V3OrdersPickups": "v3_orders_pickups",
    "V3OrdersSettings": "v3_orders_settings",
    "V3OrdersSettingsChannels": "v3_orders_settings_channels",
    "V3OrdersTransactions": "v3_orders_transactions",
    "V3Payments": "v3_payments",
    "V3PaymentsAccessTokens": "v3_payments_access_tokens",
    "V3PaymentsMethods": "v3_payments_methods",
    "V3Pickup": "v3_pickup",
    "V3PickupMethods": "v3_pickup_methods",
    "V3PickupOptions": "v3_pickup_options",
    "V3Pricelists": "v3_pricelists",
    "V3PricelistsAssignments": "v3_pricelists_assignments",
    "V3PricelistsRecords": "v3_pricelists_records",
    "V3Pricing": "v3_pricing",
    "V3Promotions": "v3_promotions",
    "V3PromotionsCodes": "v3_promotions_codes",
    "V3PromotionsSettings": "v3_promotions_settings",
    "V3Segments": "v3_segments",
    "V3SegmentsShopperProfiles": "v3_segments_shopper_profiles",
    "V3Settings": "v3_settings",
    "V3SettingsAnalytics": "v3_settings_analytics",
    "V3SettingsCatalog": "v3_settings_catalog",
    "V3SettingsEmailStatuses": "v3_settings_email_statuses",
    "V3SettingsFavicon": "v3_settings_favicon",
    "V3SettingsFaviconImage": "v3_settings_favicon_image",
    "V3SettingsInventory": "v3_settings_inventory",
    "V3SettingsInventoryNotifications": "v3_settings_inventory_notifications",
    "V3SettingsLogo": "v3_settings_logo",
    "V3SettingsLogoImage": "v3_settings_logo_image",
    "V3SettingsSearch": "v3_settings_search",
    "V3SettingsSearchFilters": "v3_settings_search_filters",
    "V3SettingsSearchFiltersAvailable": "v3_settings_search_filters_available",
    "V3SettingsSearchFiltersContexts": "v3_settings_search_filters_contexts",
    "V3SettingsStore": "v3_settings_store",
    "V3SettingsStoreLocale": "v3_settings_store_locale",
    "V3SettingsStoreProfile": "v3_settings_store_profile",
    "V3SettingsStoreUnitsOfMeasurement": "v3_settings_store_units_of_measurement",
    "V3SettingsStorefront": "v3_settings_storefront",
    "V3SettingsStorefrontCategory": "v3_settings_storefront_category",
    "V3SettingsStorefrontProduct": "v3_settings_storefront_product",
    "V3SettingsStorefrontRobotstxt": "v3_settings_storefront_robotstxt",
    "V3SettingsStorefrontSearch": "v3_settings_storefront_search",
    "V3SettingsStorefrontSecurity": "v3_settings_storefront_security",
    "V3SettingsStorefrontSeo": "v3_settings_storefront_seo",
    "V3SettingsStorefrontStatus": "v3_settings_storefront_status",
    "V3Shipping": "v3_shipping",
    "V3ShippingProducts": "v3_shipping_products",
    "V3ShippingProductsCustomsInformation": "v3_shipping_products_customs_information",
    "V3ShippingSettings": "v3_shipping_settings",
    "V3ShippingSettingsChannels": "v3_shipping_settings_channels",
    "V3ShopperProfiles": "v3_shopper_profiles",
    "V3ShopperProfilesSegments": "v3_shopper_profiles_segments",
    "V3Sites": "v3_sites",
    "V3SitesCertificate": "v3_sites_certificate",
    "V3SitesCertificates": "v3_sites_certificates",
    "V3SitesRoutes": "v3_sites_routes",
    "V3Store": "v3_store",
    "V3StoreMetafields": "v3_store_metafields",
    "V3StoreSystemlogs": "v3_store_systemlogs",
    "V3Storefront": "v3_storefront",
    "V3StorefrontApiToken": "v3_storefront_api_token",
    "V3StorefrontApiTokenCustomerImpersonation": "v3_storefront_api_token_customer_impersonation",
    "V3StorefrontApiTokenPrivate": "v3_storefront_api_token_private",
    "V3StorefrontCustomTemplateAssociations": "v3_storefront_custom_template_associations",
    "V3StorefrontRedirects": "v3_storefront_redirects",
    "V3StorefrontRedirectsImex": "v3_storefront_redirects_imex",
    "V3StorefrontRedirectsImexExport": "v3_storefront_redirects_imex_export",
    "V3StorefrontRedirectsImexExportDownload": "v3_storefront_redirects_imex_export_download",
    "V3StorefrontRedirectsImexExportEvents": "v3_storefront_redirects_imex_export_events",
    "V3StorefrontRedirectsImexImport": "v3_storefront_redirects_imex_import",
    "V3StorefrontRedirectsImexImportEvents": "v3_storefront_redirects_imex_import_events",
    "V3StorefrontRedirectsImexJobs": "v3_storefront_redirects_imex_jobs",
    "V3Tax": "v3_tax",
    "V3TaxClasses": "v3_tax_classes",
    "V3TaxCustomers": "v3_tax_customers",
    "V3TaxProducts": "v3_tax_products",
    "V3TaxProductsProperties": "v3_tax_products_properties",
    "V3TaxProperties": "v3_tax_properties",
    "V3TaxProviders": "v3_tax_providers",
    "V3TaxProvidersConnection": "v3_tax_providers_connection",
    "V3TaxRates": "v3_tax_rates",
    "V3TaxSettings": "v3_tax_settings",
    "V3TaxZones": "v3_tax_zones",
    "V3Themes": "v3_themes",
    "V3ThemesActions": "v3_themes_actions",
    "V3ThemesConfigurations": "v3_themes_configurations",
    "V3ThemesCustomTemplates": "v3_themes_custom_templates",
    "V3ThemesJobs": "v3_themes_jobs",
    "V3Wishlists": "v3_wishlists",
    "V3WishlistsItems": "v3_wishlists_items",
}

__all__ = [
    "V2",
    "Banners",
    "BlogPosts",
    "Brands",
    "Categories",
    "Countries",
    "CountryStates",
    "Coupons",
    "Currencies",
    "CustomerAddresses",
    "CustomerGroups",
    "Customers",
    "GiftCertificates",
    "GoogleProductSearchMappings",
    "OptionSetOptions",
    "OptionSets",
    "OptionValues",
    "Options",
    "OrderCoupons",
    "OrderMessages",
    "OrderProducts",
    "OrderShipments",
    "OrderShippingAddresses",
    "OrderStatuses",
    "OrderTaxes",
    "Orders",
    "Pages",
    "PaymentMethods",
    "ProductConfigurableFields",
    "ProductCustomFields",
    "ProductDiscountRules",
    "ProductImages",
    "ProductOptions",
    "ProductReviews",
    "ProductRules",
    "ProductSkus",
    "ProductVideos",
    "Products",
    "Redirects",
    "ShippingMethods",
    "Store",
    "TaxClasses",
    "Time",
    "V2Banners",
    "V2Blog",
    "V2BlogTags",
    "V2Countries",
    "V2CountriesStates",
    "V2Currencies",
    "V2Customers",
    "V2Orders",
    "V2OrdersConsignments",
    "V2OrdersConsignmentsShipping",
    "V2OrdersConsignmentsShippingShippingQuotes",
    "V2OrdersFees",
    "V2OrdersShippingAddresses",
    "V2OrdersShippingAddressesShippingQuotes",
    "V2Shipping",
    "V2ShippingCarrier",
    "V2ShippingCarrierConnection",
    "V2ShippingZones",
    "V2ShippingZonesMethods",
    "V3AbandonedCarts",
    "V3AbandonedCartsSettings",
    "V3AbandonedCartsSettingsChannels",
    "V3Carts",
    "V3CartsItems",
    "V3CartsMetafields",
    "V3CartsRedirectUrls",
    "V3CartsSettings",
    "V3CartsSettingsChannels",
    "V3Catalog",
    "V3CatalogBrands",
    "V3CatalogBrandsImage",
    "V3CatalogBrandsMetafields",
    "V3CatalogCategories",
    "V3CatalogCategoriesImage",
    "V3CatalogCategoriesMetafields",
    "V3CatalogCategoriesProducts",
    "V3CatalogCategoriesProductsSortOrder",
    "V3CatalogProducts",
    "V3CatalogProductsBulkPricingRules",
    "V3CatalogProductsCategoryAssignments",
    "V3CatalogProductsChannelAssignments",
    "V3CatalogProductsComplexRules",
    "V3CatalogProductsCustomFields",
    "V3CatalogProductsImages",
    "V3CatalogProductsMetafields",
    "V3CatalogProductsModifiers",
    "V3CatalogProductsModifiersValues",
    "V3CatalogProductsModifiersValuesImage",
    "V3CatalogProductsOptions",
    "V3CatalogProductsOptionsValues",
    "V3CatalogProductsReviews",
    "V3CatalogProductsVariants",
    "V3CatalogProductsVariantsImage",
    "V3CatalogProductsVariantsMetafields",
    "V3CatalogProductsVideos",
    "V3CatalogSummary",
    "V3CatalogTrees",
    "V3CatalogTreesCategories",
    "V3CatalogVariants",
    "V3CatalogVariantsMetafields",
    "V3Channels",
    "V3ChannelsActiveTheme",
    "V3ChannelsChannelMenus",
    "V3ChannelsCurrencyAssignments",
    "V3ChannelsListings",
    "V3ChannelsMetafields",
    "V3ChannelsSite",
    "V3ChannelsSiteCheckoutUrl",
    "V3Checkouts",
    "V3CheckoutsBillingAddress",
    "V3CheckoutsConsignments",
    "V3CheckoutsCoupons",
    "V3CheckoutsDiscounts",
    "V3CheckoutsFees",
    "V3CheckoutsOrders",
    "V3CheckoutsSettings",
    "V3CheckoutsSettingsChannels",
    "V3CheckoutsToken",
    "V3Content",
    "V3ContentPageWidgets",
    "V3ContentPages",
    "V3ContentPlacements",
    "V3ContentRegions",
    "V3ContentScripts",
    "V3ContentWidgetTemplates",
    "V3ContentWidgets",
    "V3Customers",
    "V3CustomersAddresses",
    "V3CustomersAttributeValues",
    "V3CustomersAttributes",
    "V3CustomersConsent",
    "V3CustomersFormFieldValues",
    "V3CustomersMetafields",
    "V3CustomersSettings",
    "V3CustomersSettingsChannels",
    "V3CustomersStoredInstruments",
    "V3CustomersSubscribers",
    "V3Hooks",
    "V3HooksAdmin",
    "V3Infrastructure",
    "V3InfrastructureDeployments",
    "V3InfrastructureDeploymentsEvents",
    "V3InfrastructureLogs",
    "V3InfrastructureLogsTail",
    "V3InfrastructureProjects",
    "V3Inventory",
    "V3InventoryAdjustments",
    "V3InventoryAdjustmentsAbsolute",
    "V3InventoryAdjustmentsRelative",
    "V3InventoryItems",
    "V3InventoryLocations",
    "V3InventoryLocationsItems",
    "V3InventoryLocationsMetafields",
    "V3Marketing",
    "V3MarketingAbandonedCartEmails",
    "V3MarketingAbandonedCartEmailsDefault",
    "V3MarketingAbandonedCartEmailsSettings",
    "V3MarketingEmailTemplates",
    "V3Orders",
    "V3OrdersMetafields",
    "V3OrdersPaymentActions",
    "V3OrdersPaymentActionsRefundQuotes",
    "V3OrdersPaymentActionsRefunds",
    "V3OrdersPickups",
    "V3OrdersSettings",
    "V3OrdersSettingsChannels",
    "V3OrdersTransactions",
    "V3Payments",
    "V3PaymentsAccessTokens",
    "V3PaymentsMethods",
    "V3Pickup",
    "V3PickupMethods",
    "V3PickupOptions",
    "V3Pricelists",
    "V3PricelistsAssignments",
    "V3PricelistsRecords",
    "V3Pricing",
    "V3Promotions",
    "V3PromotionsCodes",
    "V3PromotionsSettings",
    "V3Segments",
    "V3SegmentsShopperProfiles",
    "V3Settings",
    "V3SettingsAnalytics",
    "V3SettingsCatalog",
    "V3SettingsEmailStatuses",
    "V3SettingsFavicon",
    "V3SettingsFaviconImage",
    "V3SettingsInventory",
    "V3SettingsInventoryNotifications",
    "V3SettingsLogo",
    "V3SettingsLogoImage",
    "V3SettingsSearch",
    "V3SettingsSearchFilters",
    "V3SettingsSearchFiltersAvailable",
    "V3SettingsSearchFiltersContexts",
    "V3SettingsStore",
    "V3SettingsStoreLocale",
    "V3SettingsStoreProfile",
    "V3SettingsStoreUnitsOfMeasurement",
    "V3SettingsStorefront",
    "V3SettingsStorefrontCategory",
    "V3SettingsStorefrontProduct",
    "V3SettingsStorefrontRobotstxt",
    "V3SettingsStorefrontSearch",
    "V3SettingsStorefrontSecurity",
    "V3SettingsStorefrontSeo",
    "V3SettingsStorefrontStatus",
    "V3Shipping",
    "V3ShippingProducts",
    "V3ShippingProductsCustomsInformation",
    "V3ShippingSettings",
    "V3ShippingSettingsChannels",
    "V3ShopperProfiles",
    "V3ShopperProfilesSegments",
    "V3Sites",
    "V3SitesCertificate",
    "V3SitesCertificates",
    "V3SitesRoutes",
    "V3Store",
    "V3StoreMetafields",
    "V3StoreSystemlogs",
    "V3Storefront",
    "V3StorefrontApiToken",
    "V3StorefrontApiTokenCustomerImpersonation",
    "V3StorefrontApiTokenPrivate",
    "V3StorefrontCustomTemplateAssociations",
    "V3StorefrontRedirects",
    "V3StorefrontRedirectsImex",
    "V3StorefrontRedirectsImexExport",
    "V3StorefrontRedirectsImexExportDownload",
    "V3StorefrontRedirectsImexExportEvents",
    "V3StorefrontRedirectsImexImport",
    "V3StorefrontRedirectsImexImportEvents",
    "V3StorefrontRedirectsImexJobs",
    "V3Tax",
    "V3TaxClasses",
    "V3TaxCustomers",
    "V3TaxProducts",
    "V3TaxProductsProperties",
    "V3TaxProperties",
    "V3TaxProviders",
    "V3TaxProvidersConnection",
    "V3TaxRates",
    "V3TaxSettings",
    "V3TaxZones",
    "V3Themes",
    "V3ThemesActions",
    "V3ThemesConfigurations",
    "V3ThemesCustomTemplates",
    "V3ThemesJobs",
    "V3Wishlists",
    "V3WishlistsItems",
    "Webhooks",
]
__all__ += _old_client.__all__


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
