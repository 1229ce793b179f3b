# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemDigitalGetDiscountsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ItemDigitalGetDiscountsItem(ApiModel):
    """`ItemDigitalGetDiscountsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: Any | None = None
    discounted_amount: float | None = None


@with_config(REQUEST_CONFIG)
class ItemDigitalGetDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `ItemDigitalGetDiscountsItem` with; unknown keys are refused."""

    id: Any
    discounted_amount: float


@with_config(REQUEST_CONFIG)
class ItemDigitalGetDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `ItemDigitalGetDiscountsItem` with; unknown keys are refused."""

    id: Any
    discounted_amount: float
