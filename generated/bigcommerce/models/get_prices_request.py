# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_prices_request_items_item import (
    GetPricesRequestItemsItem,
    GetPricesRequestItemsItemCreate,
)


class GetPricesRequest(ApiModel):
    """`GetPricesRequest`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    channel_id: int | None = None
    """Required to create and update."""
    currency_code: str | None = None
    """Required to create and update."""
    country_code: str | None = None
    customer_group_id: int | None = None
    customer_id: int | None = None
    items: list[GetPricesRequestItemsItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class GetPricesRequestCreate(TypedDict, total=False):
    """The fields to create a `GetPricesRequest` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    channel_id: Required[int]
    currency_code: Required[str]
    country_code: str
    customer_group_id: int
    customer_id: int
    items: Required[list[GetPricesRequestItemsItemCreate]]
