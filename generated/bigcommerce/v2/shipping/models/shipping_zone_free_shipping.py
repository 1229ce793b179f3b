# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingZoneFreeShipping` model."""

from __future__ import annotations

from ...._model import ApiModel


class ShippingZoneFreeShipping(ApiModel):
    """`ShippingZoneFreeShipping`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    enabled: bool | None = None
    minimum_sub_total: str | None = None
    exclude_fixed_shipping_products: bool | None = None
