# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductReview` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class V3ProductReview(ApiModel):
    """`V3ProductReview`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    title: str | None = None
    text: str | None = None
    status: str | None = None
    rating: int | None = None
    email: str | None = None
    name: str | None = None
    date_reviewed: _dt.datetime | None = None
    id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
