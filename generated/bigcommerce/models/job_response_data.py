# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .job_response_data_errors_item import (
    JobResponseDataErrorsItem,
    JobResponseDataErrorsItemCreate,
    JobResponseDataErrorsItemUpdate,
)
from .job_response_data_warnings_item import (
    JobResponseDataWarningsItem,
    JobResponseDataWarningsItemCreate,
    JobResponseDataWarningsItemUpdate,
)


class JobResponseData(ApiModel):
    """`JobResponseData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    errors: list[JobResponseDataErrorsItem] | None = None
    id: str | None = None
    percent_complete: float | None = None
    result: dict[str, Any] | None = None
    status: str | None = None
    time: _dt.datetime | None = None
    warnings: list[JobResponseDataWarningsItem] | None = None


@with_config(REQUEST_CONFIG)
class JobResponseDataCreate(TypedDict, total=False):
    """The fields to create a `JobResponseData` with; unknown keys are refused."""

    errors: list[JobResponseDataErrorsItemCreate]
    id: str
    percent_complete: float
    result: dict[str, Any]
    status: Literal["COMPLETED", "QUEUED", "WORKING", "FAILED"]
    time: _dt.datetime | str
    warnings: list[JobResponseDataWarningsItemCreate]


@with_config(REQUEST_CONFIG)
class JobResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `JobResponseData` with; unknown keys are refused."""

    errors: list[JobResponseDataErrorsItemUpdate]
    id: str
    percent_complete: float
    result: dict[str, Any]
    status: Literal["COMPLETED", "QUEUED", "WORKING", "FAILED"]
    time: _dt.datetime | str
    warnings: list[JobResponseDataWarningsItemUpdate]
