# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingMethodResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_shipping_method_response_handling_fees import (
    GetShippingMethodResponseHandlingFees,
    GetShippingMethodResponseHandlingFeesCreate,
    GetShippingMethodResponseHandlingFeesUpdate,
)


class GetShippingMethodResponse(ApiModel):
    """`GetShippingMethodResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    settings: dict[str, Any] | None = None
    enabled: bool | None = None
    handling_fees: GetShippingMethodResponseHandlingFees | None = None
    is_fallback: bool | None = None
    channel_ids: list[int] | None = None


@with_config(REQUEST_CONFIG)
class GetShippingMethodResponseCreate(TypedDict, total=False):
    """The fields to create a `GetShippingMethodResponse` with; unknown keys are refused."""

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
    settings: dict[str, Any]
    enabled: bool
    handling_fees: GetShippingMethodResponseHandlingFeesCreate
    is_fallback: bool
    channel_ids: list[int]


@with_config(REQUEST_CONFIG)
class GetShippingMethodResponseUpdate(TypedDict, total=False):
    """The fields to update a `GetShippingMethodResponse` with; unknown keys are refused."""

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
    settings: dict[str, Any]
    enabled: bool
    handling_fees: GetShippingMethodResponseHandlingFeesUpdate
    is_fallback: bool
    channel_ids: list[int]
