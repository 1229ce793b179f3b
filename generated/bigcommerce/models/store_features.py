# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreFeatures` model."""

from __future__ import annotations

from .._model import ApiModel
from .store_storefront_limits import StoreStorefrontLimits


class StoreFeatures(ApiModel):
    """`StoreFeatures`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    stencil_enabled: bool | None = None
    sitewidehttps_enabled: bool | None = None
    facebook_catalog_id: str | None = None
    checkout_type: str | None = None
    wishlists_enabled: bool | None = None
    graphql_storefront_api_enabled: bool | None = None
    shopper_consent_tracking_enabled: bool | None = None
    multi_storefront_enabled: bool | None = None
    storefront_limits: StoreStorefrontLimits | None = None
