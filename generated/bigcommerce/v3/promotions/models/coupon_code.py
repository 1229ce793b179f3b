# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CouponCode` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CouponCode(ApiModel):
    """`CouponCode`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.promotions.codes`: `all`, `create`, `get_coupon_code_by_code`.
    """

    id: int
    """Required to create and update."""
    code: str | None = None
    """Required to create and update. At most 50 characters."""
    current_uses: int | None = None
    """Read-only: set by the API, never sent."""
    max_uses: int | None = None
    max_uses_per_customer: int | None = None
    created: _dt.datetime | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CouponCodeCreate(TypedDict, total=False):
    """The fields to create a `CouponCode` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
    code: Required[str]
    """At most 50 characters."""
    max_uses: int
    max_uses_per_customer: int
    created: Required[_dt.datetime | str]


@with_config(REQUEST_CONFIG)
class CouponCodeUpdate(TypedDict, total=False):
    """The fields to update a `CouponCode` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
    code: Required[str]
    """At most 50 characters."""
    max_uses: int
    max_uses_per_customer: int
    created: Required[_dt.datetime | str]
