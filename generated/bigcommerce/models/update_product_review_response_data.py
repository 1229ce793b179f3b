# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductReviewResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateProductReviewResponseData(ApiModel):
    """`UpdateProductReviewResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
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


@with_config(REQUEST_CONFIG)
class UpdateProductReviewResponseDataCreate(TypedDict, total=False):
    """The fields to create a `UpdateProductReviewResponseData` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    title: Required[str]
    text: str
    status: str
    rating: int
    email: str
    name: str
    date_reviewed: Required[_dt.datetime | str]
    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class UpdateProductReviewResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductReviewResponseData` with; unknown keys are refused."""

    title: str
    text: str
    status: str
    rating: int
    email: str
    name: str
    date_reviewed: _dt.datetime | str
    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
