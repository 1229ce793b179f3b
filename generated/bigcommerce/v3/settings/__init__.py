# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `settings` models, loaded on first use: `from bigcommerce.v3.settings import
AnalyticUpdate`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.analytic_update import AnalyticUpdate
    from .models.analytics_provider import AnalyticsProvider
    from .models.available_filter import AvailableFilter
    from .models.catalog_update import CatalogUpdate
    from .models.email_status_update import EmailStatusUpdate
    from .models.favicon_image_create import FaviconImageCreate
    from .models.filter_context_upsert_item import FilterContextUpsertItem
    from .models.inventory_notification_update import InventoryNotificationUpdate
    from .models.inventory_update import InventoryUpdate
    from .models.logo_image_create import LogoImageCreate
    from .models.logo_settings import LogoSettings
    from .models.logo_update import LogoUpdate
    from .models.search_filter_override_context_identifier import (
        SearchFilterOverrideContextIdentifier,
    )
    from .models.search_filter_update_many_item import SearchFilterUpdateManyItem
    from .models.store_locale_update import StoreLocaleUpdate
    from .models.store_profile_update import StoreProfileUpdate
    from .models.store_units_of_measurement_update import StoreUnitsOfMeasurementUpdate
    from .models.storefront_category_update import StorefrontCategoryUpdate
    from .models.storefront_product_update import StorefrontProductUpdate
    from .models.storefront_robotstxt_update import StorefrontRobotstxtUpdate
    from .models.storefront_search_update import StorefrontSearchUpdate
    from .models.storefront_security_update import StorefrontSecurityUpdate
    from .models.storefront_security_update_csp_header import StorefrontSecurityUpdateCspHeader
    from .models.storefront_security_update_hsts import StorefrontSecurityUpdateHsts
    from .models.storefront_seo_update import StorefrontSeoUpdate
    from .models.storefront_status_update import StorefrontStatusUpdate
    from .models.storefront_update_x_frame_options_header import StorefrontUpdateXFrameOptionsHeader

#: public name -> (model module, its name there)
_EXPORTS = {
    "AnalyticUpdate": (".models.analytic_update", "AnalyticUpdate"),
    "AnalyticsProvider": (".models.analytics_provider", "AnalyticsProvider"),
    "AvailableFilter": (".models.available_filter", "AvailableFilter"),
    "CatalogUpdate": (".models.catalog_update", "CatalogUpdate"),
    "EmailStatusUpdate": (".models.email_status_update", "EmailStatusUpdate"),
    "FaviconImageCreate": (".models.favicon_image_create", "FaviconImageCreate"),
    "FilterContextUpsertItem": (".models.filter_context_upsert_item", "FilterContextUpsertItem"),
    "InventoryNotificationUpdate": (
        ".models.inventory_notification_update",
        "InventoryNotificationUpdate",
    ),
    "InventoryUpdate": (".models.inventory_update", "InventoryUpdate"),
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
    "StoreLocaleUpdate": (".models.store_locale_update", "StoreLocaleUpdate"),
    "StoreProfileUpdate": (".models.store_profile_update", "StoreProfileUpdate"),
    "StoreUnitsOfMeasurementUpdate": (
        ".models.store_units_of_measurement_update",
        "StoreUnitsOfMeasurementUpdate",
    ),
    "StorefrontCategoryUpdate": (".models.storefront_category_update", "StorefrontCategoryUpdate"),
    "StorefrontProductUpdate": (".models.storefront_product_update", "StorefrontProductUpdate"),
    "StorefrontRobotstxtUpdate": (
        ".models.storefront_robotstxt_update",
        "StorefrontRobotstxtUpdate",
    ),
    "StorefrontSearchUpdate": (".models.storefront_search_update", "StorefrontSearchUpdate"),
    "StorefrontSecurityUpdate": (".models.storefront_security_update", "StorefrontSecurityUpdate"),
    "StorefrontSecurityUpdateCspHeader": (
        ".models.storefront_security_update_csp_header",
        "StorefrontSecurityUpdateCspHeader",
    ),
    "StorefrontSecurityUpdateHsts": (
        ".models.storefront_security_update_hsts",
        "StorefrontSecurityUpdateHsts",
    ),
    "StorefrontSeoUpdate": (".models.storefront_seo_update", "StorefrontSeoUpdate"),
    "StorefrontStatusUpdate": (".models.storefront_status_update", "StorefrontStatusUpdate"),
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
    "EmailStatusUpdate",
    "FaviconImageCreate",
    "FilterContextUpsertItem",
    "InventoryNotificationUpdate",
    "InventoryUpdate",
    "LogoImageCreate",
    "LogoSettings",
    "LogoUpdate",
    "SearchFilterOverrideContextIdentifier",
    "SearchFilterUpdateManyItem",
    "StoreLocaleUpdate",
    "StoreProfileUpdate",
    "StoreUnitsOfMeasurementUpdate",
    "StorefrontCategoryUpdate",
    "StorefrontProductUpdate",
    "StorefrontRobotstxtUpdate",
    "StorefrontSearchUpdate",
    "StorefrontSecurityUpdate",
    "StorefrontSecurityUpdateCspHeader",
    "StorefrontSecurityUpdateHsts",
    "StorefrontSeoUpdate",
    "StorefrontStatusUpdate",
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
