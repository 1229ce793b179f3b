# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ActionCartValue` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .discount import Discount, DiscountCreate, DiscountUpdate


class ActionCartValue(ApiModel):
    """`ActionCartValue`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    discount: Discount | None = None
    """Required to create and update."""
    maximum_allowed_discount_amount: str | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class ActionCartValueCreate(TypedDict, total=False):
    """The fields to create a `ActionCartValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    discount: Required[DiscountCreate]
    maximum_allowed_discount_amount: str | None


@with_config(REQUEST_CONFIG)
class ActionCartValueUpdate(TypedDict, total=False):
    """The fields to update a `ActionCartValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    discount: Required[DiscountUpdate]
    maximum_allowed_discount_amount: str | None
