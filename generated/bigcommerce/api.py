# Generated from spec/ by `python -m codegen generate`; do not edit.
"""`BigcommerceApi`: the client, with one typed attribute per resource (`api.Products`)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._api_base import ApiBase

if TYPE_CHECKING:
    from .resources import google_product_search_mappings as _google_product_search_mappings
    from .resources import product_custom_fields as _product_custom_fields
    from .resources import product_options as _product_options
    from .resources import products as _products

__all__ = ["BigcommerceApi"]


class BigcommerceApi(ApiBase):
    """A client for one store; each resource is created on first access and then reused."""

    @cached_property
    def GoogleProductSearchMappings(
        self,
    ) -> _google_product_search_mappings.GoogleProductSearchMappings:
        """`products/{product_id}/googleproductsearch` (v2): all, get."""
        from .resources.google_product_search_mappings import GoogleProductSearchMappings

        return GoogleProductSearchMappings(self.connection)

    @cached_property
    def ProductCustomFields(self) -> _product_custom_fields.ProductCustomFields:
        """`products/{product_id}/custom_fields` (v2): all, iterall, get, create, update, delete,
        delete_all, count.
        """
        from .resources.product_custom_fields import ProductCustomFields

        return ProductCustomFields(self.connection)

    @cached_property
    def ProductOptions(self) -> _product_options.ProductOptions:
        """`products/{product_id}/options` (v2): all, iterall, get."""
        from .resources.product_options import ProductOptions

        return ProductOptions(self.connection)

    @cached_property
    def Products(self) -> _products.Products:
        """`products` (v2): all, iterall, get, create, update, delete, delete_all, count."""
        from .resources.products import Products

        return Products(self.connection)
