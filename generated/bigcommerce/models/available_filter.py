# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `AvailableFilter` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AvailableFilter(ApiModel):
    """`AvailableFilter`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    name: str | None = None
    product_count: int | None = None
    type: str | None = None
    price_range_max: float | None = None
    price_range_min: float | None = None


@with_config(REQUEST_CONFIG)
class AvailableFilterCreate(TypedDict, total=False):
    """The fields to create a `AvailableFilter` with; unknown keys are refused."""

    id: str
    name: str
    product_count: int
    type: Literal["category", "brand", "rating", "product", "price", "other"]
    price_range_max: float
    price_range_min: float


@with_config(REQUEST_CONFIG)
class AvailableFilterUpdate(TypedDict, total=False):
    """The fields to update a `AvailableFilter` with; unknown keys are refused."""

    id: str
    name: str
    product_count: int
    type: Literal["category", "brand", "rating", "product", "price", "other"]
    price_range_max: float
    price_range_min: float
