# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptionConfig` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


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
    date_earliest_value: str | None = None
    date_latest_value: str | None = None
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


@with_config(REQUEST_CONFIG)
class ProductOptionConfigCreate(TypedDict, total=False):
    """The fields to create a `ProductOptionConfig` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    default_value: str
    checked_by_default: bool
    checkbox_label: str
    date_limited: bool
    date_limit_mode: Literal["earliest", "range", "latest"]
    date_earliest_value: str
    date_latest_value: str
    file_types_mode: Literal["specific", "all"]
    file_types_supported: list[str]
    file_types_other: list[str]
    file_max_size: int
    text_characters_limited: bool
    text_min_length: int
    text_max_length: int
    text_lines_limited: bool
    text_max_lines: int
    number_limited: bool
    number_limit_mode: Literal["lowest", "highest", "range"]
    number_lowest_value: int | float
    number_highest_value: int | float
    number_integers_only: bool
    product_list_adjusts_inventory: bool
    product_list_adjusts_pricing: bool
    product_list_shipping_calc: Literal["none", "weight", "package"]


@with_config(REQUEST_CONFIG)
class ProductOptionConfigUpdate(TypedDict, total=False):
    """The fields to update a `ProductOptionConfig` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    default_value: str
    checked_by_default: bool
    checkbox_label: str
    date_limited: bool
    date_limit_mode: Literal["earliest", "range", "latest"]
    date_earliest_value: str
    date_latest_value: str
    file_types_mode: Literal["specific", "all"]
    file_types_supported: list[str]
    file_types_other: list[str]
    file_max_size: int
    text_characters_limited: bool
    text_min_length: int
    text_max_length: int
    text_lines_limited: bool
    text_max_lines: int
    number_limited: bool
    number_limit_mode: Literal["lowest", "highest", "range"]
    number_lowest_value: int | float
    number_highest_value: int | float
    number_integers_only: bool
    product_list_adjusts_inventory: bool
    product_list_adjusts_pricing: bool
    product_list_shipping_calc: Literal["none", "weight", "package"]
