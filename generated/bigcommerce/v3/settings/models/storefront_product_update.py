# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontProductUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontProductUpdate(ApiModel):
    """`StorefrontProductUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.storefront.product`: `get`, `update`.
    """

    show_product_price: bool | None = None
    show_product_sku: bool | None = None
    show_product_weight: bool | None = None
    show_product_brand: bool | None = None
    show_product_shipping: bool | None = None
    show_product_rating: bool | None = None
    show_add_to_cart_link: bool | None = None
    default_preorder_message: str | None = None
    show_breadcrumbs_product_pages: str | None = None
    """One of: `'show_one'`, `'show_none'`."""
    show_add_to_cart_qty_box: bool | None = None
    show_add_to_wishlist: bool | None = None
    hide_price_from_guests: bool | None = None


@with_config(REQUEST_CONFIG)
class StorefrontProductUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    show_product_price: bool
    show_product_sku: bool
    show_product_weight: bool
    show_product_brand: bool
    show_product_shipping: bool
    show_product_rating: bool
    show_add_to_cart_link: bool
    default_preorder_message: str
    show_breadcrumbs_product_pages: Literal["show_one", "show_none"]
    show_add_to_cart_qty_box: bool
    show_add_to_wishlist: bool
    hide_price_from_guests: bool
