# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptionConfig` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ProductOptionConfig(ApiModel):
    """`ProductOptionConfig`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    default_value: str | None = None
    checked_by_default: bool | None = None
    checkbox_label: str | None = None
    date_limited: bool | None = None
    date_limit_mode: str | None = None
    """One of: `'earliest'`, `'range'`, `'latest'`."""
    date_earliest_value: _dt.datetime | None = None
    date_latest_value: _dt.datetime | None = None
    file_types_mode: str | None = None
    """One of: `'specific'`, `'all'`."""
    file_types_supported: list[str] | None = None
    file_types_other: list[str] | None = None
    file_max_size: int | None = None
    text_characters_limited: bool | None = None
    text_min_length: int | None = None
    text_max_length: int | None = None
    text_lines_limited: bool | None = None
    text_max_lines: int | None = None
    number_limited: bool | None = None
    number_limit_mode: str | None = None
    """One of: `'lowest'`, `'highest'`, `'range'`."""
    number_lowest_value: int | float | None = None
    number_highest_value: int | float | None = None
    number_integers_only: bool | None = None
    product_list_adjusts_inventory: bool | None = None
    product_list_adjusts_pricing: bool | None = None
    product_list_shipping_calc: str | None = None
    """One of: `'none'`, `'weight'`, `'package'`."""
