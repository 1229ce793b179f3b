# Generated from spec/v2/coupons.yaml by codegen (`make generate`); do not edit.
"""The `CouponRestrictedTo` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CouponRestrictedTo(ApiModel):
    """`CouponRestrictedTo`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    countries: str | None = None


@with_config(REQUEST_CONFIG)
class CouponRestrictedToCreate(TypedDict, total=False):
    """The fields to create a `CouponRestrictedTo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    countries: str


@with_config(REQUEST_CONFIG)
class CouponRestrictedToUpdate(TypedDict, total=False):
    """The fields to update a `CouponRestrictedTo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    countries: str
