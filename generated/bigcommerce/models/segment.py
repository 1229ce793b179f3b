# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Segment` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class Segment(ApiModel):
    """`Segment`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class SegmentCreate(TypedDict, total=False):
    """The fields to create a `Segment` with; unknown keys are refused."""

    id: str
    name: str
    description: str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class SegmentUpdate(TypedDict, total=False):
    """The fields to update a `Segment` with; unknown keys are refused."""

    id: str
    name: str
    description: str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
