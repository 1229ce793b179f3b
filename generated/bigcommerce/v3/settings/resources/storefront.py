# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefront` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .storefront_category import V3SettingsStorefrontCategory
    from .storefront_product import V3SettingsStorefrontProduct
    from .storefront_robotstxt import V3SettingsStorefrontRobotstxt
    from .storefront_search import V3SettingsStorefrontSearch
    from .storefront_security import V3SettingsStorefrontSecurity
    from .storefront_seo import V3SettingsStorefrontSeo
    from .storefront_status import V3SettingsStorefrontStatus


class V3SettingsStorefront(NodeResource):
    """`api.settings.storefront` (v3): a namespace."""

    @cached_property
    def category(self) -> V3SettingsStorefrontCategory:
        from .storefront_category import V3SettingsStorefrontCategory

        return V3SettingsStorefrontCategory(self._connection)

    @cached_property
    def product(self) -> V3SettingsStorefrontProduct:
        from .storefront_product import V3SettingsStorefrontProduct

        return V3SettingsStorefrontProduct(self._connection)

    @cached_property
    def robotstxt(self) -> V3SettingsStorefrontRobotstxt:
        from .storefront_robotstxt import V3SettingsStorefrontRobotstxt

        return V3SettingsStorefrontRobotstxt(self._connection)

    @cached_property
    def search(self) -> V3SettingsStorefrontSearch:
        from .storefront_search import V3SettingsStorefrontSearch

        return V3SettingsStorefrontSearch(self._connection)

    @cached_property
    def security(self) -> V3SettingsStorefrontSecurity:
        from .storefront_security import V3SettingsStorefrontSecurity

        return V3SettingsStorefrontSecurity(self._connection)

    @cached_property
    def seo(self) -> V3SettingsStorefrontSeo:
        from .storefront_seo import V3SettingsStorefrontSeo

        return V3SettingsStorefrontSeo(self._connection)

    @cached_property
    def status(self) -> V3SettingsStorefrontStatus:
        from .storefront_status import V3SettingsStorefrontStatus

        return V3SettingsStorefrontStatus(self._connection)
