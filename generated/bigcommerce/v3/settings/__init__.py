# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `settings` models, loaded on first use: `from bigcommerce.v3.settings import
AnalyticsProvider`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.analytic_update import AnalyticUpdate
    from .models.analytics_provider import AnalyticsProvider
    from .models.available_filter import AvailableFilter
    from .models.catalog_update import CatalogUpdate, CatalogUpdateBody
    from .models.email_status_update import EmailStatusUpdate, EmailStatusUpdateBody
    from .models.favicon_image_create import FaviconImageCreate
    from .models.filter_context_upsert_item import (
        FilterContextUpsertItem,
        FilterContextUpsertItemBody,
    )
    from .models.inventory_notification_update import (
        InventoryNotificationUpdate,
        InventoryNotificationUpdateBody,
    )
    from .models.inventory_update import InventoryUpdate, InventoryUpdateBody
    from .models.logo_image_create import LogoImageCreate
    from .models.logo_settings import LogoSettings
    from .models.logo_update import LogoUpdate
    from .models.search_filter_override_context_identifier import (
        SearchFilterOverrideContextIdentifier,
    )
    from .models.search_filter_update_many_item import (
        SearchFilterUpdateManyItem,
        SearchFilterUpdateManyItemBody,
    )
    from .models.store_locale_update import StoreLocaleUpdate, StoreLocaleUpdateBody
    from .models.store_profile_update import StoreProfileUpdate, StoreProfileUpdateBody
    from .models.store_units_of_measurement_update import (
        StoreUnitsOfMeasurementUpdate,
        StoreUnitsOfMeasurementUpdateBody,
    )
    from .models.storefront_category_update import (
        StorefrontCategoryUpdate,
        StorefrontCategoryUpdateBody,
    )
    from .models.storefront_product_update import (
        StorefrontProductUpdate,
        StorefrontProductUpdateBody,
    )
    from .models.storefront_robotstxt_update import (
        StorefrontRobotstxtUpdate,
        StorefrontRobotstxtUpdateBody,
    )
    from .models.storefront_search_update import StorefrontSearchUpdate, StorefrontSearchUpdateBody
    from .models.storefront_security_update import (
        StorefrontSecurityUpdate,
        StorefrontSecurityUpdateBody,
    )
    from .models.storefront_security_update_csp_header import StorefrontSecurityUpdateCspHeader
    from .models.storefront_security_update_hsts import StorefrontSecurityUpdateHsts
    from .models.storefront_seo_update import StorefrontSeoUpdate, StorefrontSeoUpdateBody
    from .models.storefront_status_update import StorefrontStatusUpdate, StorefrontStatusUpdateBody
    from .models.storefront_update_x_frame_options_header import StorefrontUpdateXFrameOptionsHeader

#: public name -> (model module, its name there)
_EXPORTS = {
    "AnalyticUpdate": (".models.analytic_update", "AnalyticUpdate"),
    "AnalyticsProvider": (".models.analytics_provider", "AnalyticsProvider"),
    "AvailableFilter": (".models.available_filter", "AvailableFilter"),
    "CatalogUpdate": (".models.catalog_update", "CatalogUpdate"),
    "CatalogUpdateBody": (".models.catalog_update", "CatalogUpdateBody"),
    "EmailStatusUpdate": (".models.email_status_update", "EmailStatusUpdate"),
    "EmailStatusUpdateBody": (".models.email_status_update", "EmailStatusUpdateBody"),
    "FaviconImageCreate": (".models.favicon_image_create", "FaviconImageCreate"),
    "FilterContextUpsertItem": (".models.filter_context_upsert_item", "FilterContextUpsertItem"),
    "FilterContextUpsertItemBody": (
        ".models.filter_context_upsert_item",
        "FilterContextUpsertItemBody",
    ),
    "InventoryNotificationUpdate": (
        ".models.inventory_notification_update",
        "InventoryNotificationUpdate",
    ),
    "InventoryNotificationUpdateBody": (
        ".models.inventory_notification_update",
        "InventoryNotificationUpdateBody",
    ),
    "InventoryUpdate": (".models.inventory_update", "InventoryUpdate"),
    "InventoryUpdateBody": (".models.inventory_update", "InventoryUpdateBody"),
    "LogoImageCreate": (".models.logo_image_create", "LogoImageCreate"),
    "LogoSettings": (".models.logo_settings", "LogoSettings"),
    "LogoUpdate": (".models.logo_update", "LogoUpdate"),
    "SearchFilterOverrideContextIdentifier": (
        ".models.search_filter_override_context_identifier",
        "SearchFilterOverrideContextIdentifier",
    ),
    "SearchFilterUpdateManyItem": (
        ".models.search_filter_update_many_item",
        "SearchFilterUpdateManyItem",
    ),
    "SearchFilterUpdateManyItemBody": (
        ".models.search_filter_update_many_item",
        "SearchFilterUpdateManyItemBody",
    ),
    "StoreLocaleUpdate": (".models.store_locale_update", "StoreLocaleUpdate"),
    "StoreLocaleUpdateBody": (".models.store_locale_update", "StoreLocaleUpdateBody"),
    "StoreProfileUpdate": (".models.store_profile_update", "StoreProfileUpdate"),
    "StoreProfileUpdateBody": (".models.store_profile_update", "StoreProfileUpdateBody"),
    "StoreUnitsOfMeasurementUpdate": (
        ".models.store_units_of_measurement_update",
        "StoreUnitsOfMeasurementUpdate",
    ),
    "StoreUnitsOfMeasurementUpdateBody": (
        ".models.store_units_of_measurement_update",
        "StoreUnitsOfMeasurementUpdateBody",
    ),
    "StorefrontCategoryUpdate": (".models.storefront_category_update", "StorefrontCategoryUpdate"),
    "StorefrontCategoryUpdateBody": (
        ".models.storefront_category_update",
        "StorefrontCategoryUpdateBody",
    ),
    "StorefrontProductUpdate": (".models.storefront_product_update", "StorefrontProductUpdate"),
    "StorefrontProductUpdateBody": (
        ".models.storefront_product_update",
        "StorefrontProductUpdateBody",
    ),
    "StorefrontRobotstxtUpdate": (
        ".models.storefront_robotstxt_update",
        "StorefrontRobotstxtUpdate",
    ),
    "StorefrontRobotstxtUpdateBody": (
        ".models.storefront_robotstxt_update",
        "StorefrontRobotstxtUpdateBody",
    ),
    "StorefrontSearchUpdate": (".models.storefront_search_update", "StorefrontSearchUpdate"),
    "StorefrontSearchUpdateBody": (
        ".models.storefront_search_update",
        "StorefrontSearchUpdateBody",
    ),
    "StorefrontSecurityUpdate": (".models.storefront_security_update", "StorefrontSecurityUpdate"),
    "StorefrontSecurityUpdateBody": (
        ".models.storefront_security_update",
        "StorefrontSecurityUpdateBody",
    ),
    "StorefrontSecurityUpdateCspHeader": (
        ".models.storefront_security_update_csp_header",
        "StorefrontSecurityUpdateCspHeader",
    ),
    "StorefrontSecurityUpdateHsts": (
        ".models.storefront_security_update_hsts",
        "StorefrontSecurityUpdateHsts",
    ),
    "StorefrontSeoUpdate": (".models.storefront_seo_update", "StorefrontSeoUpdate"),
    "StorefrontSeoUpdateBody": (".models.storefront_seo_update", "StorefrontSeoUpdateBody"),
    "StorefrontStatusUpdate": (".models.storefront_status_update", "StorefrontStatusUpdate"),
    "StorefrontStatusUpdateBody": (
        ".models.storefront_status_update",
        "StorefrontStatusUpdateBody",
    ),
    "StorefrontUpdateXFrameOptionsHeader": (
        ".models.storefront_update_x_frame_options_header",
        "StorefrontUpdateXFrameOptionsHeader",
    ),
}

__all__ = [
    "AnalyticUpdate",
    "AnalyticsProvider",
    "AvailableFilter",
    "CatalogUpdate",
    "CatalogUpdateBody",
    "EmailStatusUpdate",
    "EmailStatusUpdateBody",
    "FaviconImageCreate",
    "FilterContextUpsertItem",
    "FilterContextUpsertItemBody",
    "InventoryNotificationUpdate",
    "InventoryNotificationUpdateBody",
    "InventoryUpdate",
    "InventoryUpdateBody",
    "LogoImageCreate",
    "LogoSettings",
    "LogoUpdate",
    "SearchFilterOverrideContextIdentifier",
    "SearchFilterUpdateManyItem",
    "SearchFilterUpdateManyItemBody",
    "StoreLocaleUpdate",
    "StoreLocaleUpdateBody",
    "StoreProfileUpdate",
    "StoreProfileUpdateBody",
    "StoreUnitsOfMeasurementUpdate",
    "StoreUnitsOfMeasurementUpdateBody",
    "StorefrontCategoryUpdate",
    "StorefrontCategoryUpdateBody",
    "StorefrontProductUpdate",
    "StorefrontProductUpdateBody",
    "StorefrontRobotstxtUpdate",
    "StorefrontRobotstxtUpdateBody",
    "StorefrontSearchUpdate",
    "StorefrontSearchUpdateBody",
    "StorefrontSecurityUpdate",
    "StorefrontSecurityUpdateBody",
    "StorefrontSecurityUpdateCspHeader",
    "StorefrontSecurityUpdateHsts",
    "StorefrontSeoUpdate",
    "StorefrontSeoUpdateBody",
    "StorefrontStatusUpdate",
    "StorefrontStatusUpdateBody",
    "StorefrontUpdateXFrameOptionsHeader",
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
