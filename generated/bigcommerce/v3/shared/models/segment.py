# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Segment` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Segment(ApiModel):
    """`Segment`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.segments`: `all`, `create_many`, `update_many`;
    `api.shopper_profiles.segments`: `all`.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
