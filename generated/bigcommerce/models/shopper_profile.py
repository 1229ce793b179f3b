# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ShopperProfile` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ShopperProfile(ApiModel):
    """`ShopperProfile`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    customer_id: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ShopperProfileCreate(TypedDict, total=False):
    """The fields to create a `ShopperProfile` with; unknown keys are refused."""

    id: str
    customer_id: int
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ShopperProfileUpdate(TypedDict, total=False):
    """The fields to update a `ShopperProfile` with; unknown keys are refused."""

    id: str
    customer_id: int
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
