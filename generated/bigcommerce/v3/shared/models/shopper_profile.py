# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ShopperProfile` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class ShopperProfile(ApiModel):
    """`ShopperProfile`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.segments.shopper_profiles`: `all`, `create_many`;
    `api.shopper_profiles`: `all`, `create_many`.
    """

    id: str | None = None
    customer_id: int | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
