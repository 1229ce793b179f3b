# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesRequestItemsItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_prices_request_items_item_options_item import (
    GetPricesRequestItemsItemOptionsItem,
    GetPricesRequestItemsItemOptionsItemCreate,
)


class GetPricesRequestItemsItem(ApiModel):
    """`GetPricesRequestItemsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    product_id: int | None = None
    variant_id: int | float | None = None
    options: list[GetPricesRequestItemsItemOptionsItem] | None = None


@with_config(REQUEST_CONFIG)
class GetPricesRequestItemsItemCreate(TypedDict, total=False):
    """The fields to create a `GetPricesRequestItemsItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    product_id: int
    variant_id: int | float
    options: list[GetPricesRequestItemsItemOptionsItemCreate]
