# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateFreeShipping` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneCreateFreeShipping(ApiModel):
    """`ZoneCreateFreeShipping`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    enabled: bool | None = None
    minimum_sub_total: str | None = None
    exclude_fixed_shipping_products: bool | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateFreeShippingCreate(TypedDict, total=False):
    """The fields to create a `ZoneCreateFreeShipping` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    enabled: bool
    minimum_sub_total: str
    exclude_fixed_shipping_products: bool


@with_config(REQUEST_CONFIG)
class ZoneCreateFreeShippingUpdate(TypedDict, total=False):
    """The fields to update a `ZoneCreateFreeShipping` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    enabled: bool
    minimum_sub_total: str
    exclude_fixed_shipping_products: bool
