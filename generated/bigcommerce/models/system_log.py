# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `SystemLog` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SystemLog(ApiModel):
    """`SystemLog`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    type: str | None = None
    module: str | None = None
    severity: str | None = None
    summary: str | None = None
    message: str | None = None
    date_created: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class SystemLogCreate(TypedDict, total=False):
    """The fields to create a `SystemLog` with; unknown keys are refused."""

    id: int
    type: str
    module: str
    severity: str
    summary: str
    message: str
    date_created: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class SystemLogUpdate(TypedDict, total=False):
    """The fields to update a `SystemLog` with; unknown keys are refused."""

    id: int
    type: str
    module: str
    severity: str
    summary: str
    message: str
    date_created: _dt.datetime | str
