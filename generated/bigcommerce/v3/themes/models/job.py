# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `Job` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ...._model import ApiModel
from .job_error import JobError
from .job_warning import JobWarning


class Job(ApiModel):
    """`Job`: an object of the v3 API. Every field is optional; unknown fields are kept. Answered
    by `api.themes.jobs`: `get`.
    """

    errors: list[JobError] | None = None
    id: str | None = None
    percent_complete: int | float | None = None
    result: dict[str, Any] | None = None
    status: str | None = None
    """One of: `'COMPLETED'`, `'QUEUED'`, `'WORKING'`, `'FAILED'`."""
    time: _dt.datetime | None = None
    warnings: list[JobWarning] | None = None
