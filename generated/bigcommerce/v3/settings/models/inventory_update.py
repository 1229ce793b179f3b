# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `InventoryUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class InventoryUpdate(ApiModel):
    """`InventoryUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.inventory`: `get`, `update`.
    """

    product_out_of_stock_behavior: str | None = None
    """One of: `'do_nothing'`, `'hide_product'`, `'hide_product_and_accessible'`,
    `'hide_product_and_redirect'`.
    """
    option_out_of_stock_behavior: str | None = None
    """One of: `'do_nothing'`, `'hide_option'`, `'label_option'`."""
    update_stock_behavior: str | None = None
    """One of: `'order_placed'`, `'order_completed_or_shipped'`."""
    edit_order_stock_adjustment: bool | None = None
    refund_order_stock_adjustment: bool | None = None
    stock_level_display: str | None = None
    """One of: `'dont_show'`, `'show'`, `'show_when_low'`."""
    default_out_of_stock_message: str | None = None
    hide_in_product_filtering: bool | None = None
    show_pre_order_stock_levels: bool | None = None
    show_out_of_stock_message: bool | None = None


@with_config(REQUEST_CONFIG)
class InventoryUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    product_out_of_stock_behavior: Literal[
        "do_nothing", "hide_product", "hide_product_and_accessible", "hide_product_and_redirect"
    ]
    option_out_of_stock_behavior: Literal["do_nothing", "hide_option", "label_option"]
    update_stock_behavior: Literal["order_placed", "order_completed_or_shipped"]
    edit_order_stock_adjustment: bool
    refund_order_stock_adjustment: bool
    stock_level_display: Literal["dont_show", "show", "show_when_low"]
    default_out_of_stock_message: str
    hide_in_product_filtering: bool
    show_pre_order_stock_levels: bool
    show_out_of_stock_message: bool
