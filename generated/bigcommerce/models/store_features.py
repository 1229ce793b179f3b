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
    """Read-only: set by the API, never sent."""
    sitewidehttps_enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    facebook_catalog_id: str | None = None
    """Read-only: set by the API, never sent."""
    checkout_type: str | None = None
    """Read-only: set by the API, never sent. One of: `'optimized'`, `'single'`,
    `'single_customizable'`, `'klarna'`.
    """
    wishlists_enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    graphql_storefront_api_enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    shopper_consent_tracking_enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    multi_storefront_enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    storefront_limits: StoreStorefrontLimits | None = None
    """Read-only: set by the API, never sent."""
