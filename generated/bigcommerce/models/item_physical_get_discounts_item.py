# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemPhysicalGetDiscountsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ItemPhysicalGetDiscountsItem(ApiModel):
    """`ItemPhysicalGetDiscountsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: Any | None = None
    discounted_amount: float | None = None


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `ItemPhysicalGetDiscountsItem` with; unknown keys are refused."""

    id: Any
    discounted_amount: float


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `ItemPhysicalGetDiscountsItem` with; unknown keys are refused."""

    id: Any
    discounted_amount: float
