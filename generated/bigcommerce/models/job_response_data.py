# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobResponseData` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .._model import ApiModel
from .job_response_data_errors_item import JobResponseDataErrorsItem
from .job_response_data_warnings_item import JobResponseDataWarningsItem


class JobResponseData(ApiModel):
    """`JobResponseData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    errors: list[JobResponseDataErrorsItem] | None = None
    id: str | None = None
    percent_complete: int | float | None = None
    result: dict[str, Any] | None = None
    status: str | None = None
    """One of: `'COMPLETED'`, `'QUEUED'`, `'WORKING'`, `'FAILED'`."""
    time: _dt.datetime | None = None
    warnings: list[JobResponseDataWarningsItem] | None = None
