# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneMethodCreateModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_method_create_handling_fees import (
    ZoneMethodCreateHandlingFees,
    ZoneMethodCreateHandlingFeesCreate,
    ZoneMethodCreateHandlingFeesUpdate,
)
from .zone_method_create_settings import (
    ZoneMethodCreateSettings,
    ZoneMethodCreateSettingsCreate,
    ZoneMethodCreateSettingsUpdate,
)


class ZoneMethodCreateModel(ApiModel):
    """`ZoneMethodCreateModel`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    name: str | None = None
    type: str | None = None
    """One of: `'perorder'`, `'peritem'`, `'weight'`, `'total'`, `'auspost'`, `'canadapost'`,
    `'endicia'`, `'usps'`, `'fedex'`, `'royalmail'`, `'upsready'`, `'freeshipping'`.
    """
    settings: ZoneMethodCreateSettings | None = None
    enabled: bool | None = None
    handling_fees: ZoneMethodCreateHandlingFees | None = None
    is_fallback: bool | None = None
    channel_ids: list[int] | None = None


@with_config(REQUEST_CONFIG)
class ZoneMethodCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

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
    settings: ZoneMethodCreateSettingsCreate
    enabled: bool
    handling_fees: ZoneMethodCreateHandlingFeesCreate
    is_fallback: bool
    channel_ids: list[int]


@with_config(REQUEST_CONFIG)
class ZoneMethodUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

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
    settings: ZoneMethodCreateSettingsUpdate
    enabled: bool
    handling_fees: ZoneMethodCreateHandlingFeesUpdate
    is_fallback: bool
    channel_ids: list[int]
