# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductReviewCreateBody` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProductReviewCreateBody(ApiModel):
    """`V3ProductReviewCreateBody`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    title: str | None = None
    """Required to create and update. At most 255 characters."""
    text: str | None = None
    status: str | None = None
    rating: int | None = None
    email: str | None = None
    name: str | None = None
    """At most 255 characters."""
    date_reviewed: _dt.datetime | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProductReviewCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    title: Required[str]
    """At most 255 characters."""
    text: str
    status: str
    rating: int
    email: str
    name: str
    """At most 255 characters."""
    date_reviewed: Required[_dt.datetime | str]


@with_config(REQUEST_CONFIG)
class ProductReviewUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    title: Required[str]
    """At most 255 characters."""
    text: str
    status: str
    rating: int
    email: str
    name: str
    """At most 255 characters."""
    date_reviewed: Required[_dt.datetime | str]
