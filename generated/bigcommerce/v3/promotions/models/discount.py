# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Discount` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Discount(ApiModel):
    """`Discount`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    fixed_amount: str | None = None
    percentage_amount: str | None = None


@with_config(REQUEST_CONFIG)
class DiscountCreate(TypedDict, total=False):
    """The fields to create a `Discount` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    fixed_amount: str
    percentage_amount: str


@with_config(REQUEST_CONFIG)
class DiscountUpdate(TypedDict, total=False):
    """The fields to update a `Discount` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    fixed_amount: str
    percentage_amount: str
