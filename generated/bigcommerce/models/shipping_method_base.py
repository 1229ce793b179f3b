# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingMethodBase` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .shipping_method_base_handling_fees import (
    ShippingMethodBaseHandlingFees,
    ShippingMethodBaseHandlingFeesCreate,
    ShippingMethodBaseHandlingFeesUpdate,
)
from .shipping_method_base_settings import (
    ShippingMethodBaseSettings,
    ShippingMethodBaseSettingsCreate,
    ShippingMethodBaseSettingsUpdate,
)


class ShippingMethodBase(ApiModel):
    """`ShippingMethodBase`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    type: str | None = None
    """One of: `'perorder'`, `'peritem'`, `'weight'`, `'total'`, `'auspost'`, `'canadapost'`,
    `'endicia'`, `'usps'`, `'fedex'`, `'royalmail'`, `'upsready'`, `'freeshipping'`.
    """
    settings: ShippingMethodBaseSettings | None = None
    enabled: bool | None = None
    handling_fees: ShippingMethodBaseHandlingFees | None = None
    is_fallback: bool | None = None
    channel_ids: list[int] | None = None


@with_config(REQUEST_CONFIG)
class ShippingMethodBaseCreate(TypedDict, total=False):
    """The fields to create a `ShippingMethodBase` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    type: Literal[
        "perorder",
        "peritem",
        "weight",
        "total",
        "auspost",
        "canadapost",
        "endicia",
        "usps",
        "fedex",
        "royalmail",
        "upsready",
        "freeshipping",
    ]
    settings: ShippingMethodBaseSettingsCreate
    enabled: bool
    handling_fees: ShippingMethodBaseHandlingFeesCreate
    is_fallback: bool
    channel_ids: list[int]


@with_config(REQUEST_CONFIG)
class ShippingMethodBaseUpdate(TypedDict, total=False):
    """The fields to update a `ShippingMethodBase` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    type: Literal[
        "perorder",
        "peritem",
        "weight",
        "total",
        "auspost",
        "canadapost",
        "endicia",
        "usps",
        "fedex",
        "royalmail",
        "upsready",
        "freeshipping",
    ]
    settings: ShippingMethodBaseSettingsUpdate
    enabled: bool
    handling_fees: ShippingMethodBaseHandlingFeesUpdate
    is_fallback: bool
    channel_ids: list[int]
