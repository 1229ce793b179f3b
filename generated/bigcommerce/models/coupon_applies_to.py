# Generated from spec/v2/coupons.yaml by codegen (`make generate`); do not edit.
"""The `CouponAppliesTo` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CouponAppliesTo(ApiModel):
    """`CouponAppliesTo`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    entity: str | None = None
    """Required to create. One of: `'categories'`, `'products'`."""
    ids: list[int] | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class CouponAppliesToCreate(TypedDict, total=False):
    """The fields to create a `CouponAppliesTo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    entity: Required[Literal["categories", "products"]]
    ids: Required[list[int]]


@with_config(REQUEST_CONFIG)
class CouponAppliesToUpdate(TypedDict, total=False):
    """The fields to update a `CouponAppliesTo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    entity: Literal["categories", "products"]
    ids: list[int]
