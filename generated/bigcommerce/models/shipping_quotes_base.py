# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `ShippingQuotesBase` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ShippingQuotesBase(ApiModel):
    """`ShippingQuotesBase`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    uuid: str | None = None
    timestamp: str | None = None
    shipping_provider_id: str | None = None
    shipping_provider_quote: list[dict[str, Any]] | None = None
    provider_code: str | None = None
    carrier_code: str | None = None
    rate_code: str | None = None
    rate_id: str | None = None
    method_id: int | None = None


@with_config(REQUEST_CONFIG)
class ShippingQuotesBaseCreate(TypedDict, total=False):
    """The fields to create a `ShippingQuotesBase` with; unknown keys are refused."""

    id: str
    uuid: str
    timestamp: str
    shipping_provider_id: str
    shipping_provider_quote: list[dict[str, Any]]
    provider_code: str
    carrier_code: str
    rate_code: str
    rate_id: str
    method_id: int


@with_config(REQUEST_CONFIG)
class ShippingQuotesBaseUpdate(TypedDict, total=False):
    """The fields to update a `ShippingQuotesBase` with; unknown keys are refused."""

    id: str
    uuid: str
    timestamp: str
    shipping_provider_id: str
    shipping_provider_quote: list[dict[str, Any]]
    provider_code: str
    carrier_code: str
    rate_code: str
    rate_id: str
    method_id: int
