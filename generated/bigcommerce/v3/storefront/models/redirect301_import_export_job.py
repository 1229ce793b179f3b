# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Redirect301ImportExportJob` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .redirect301_import_export_job_error import Redirect301ImportExportJobError


class Redirect301ImportExportJob(ApiModel):
    """`Redirect301ImportExportJob`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.storefront.redirects.imex.jobs`: `all`.
    """

    id: str | None = None
    type: str | None = None
    """One of: `'import'`, `'export'`."""
    status: str | None = None
    """One of: `'new'`, `'working'`, `'complete'`, `'aborted'`, `'failed'`."""
    completed_items: int | None = None
    failed_items: int | None = None
    total_items: int | None = None
    errors: list[Redirect301ImportExportJobError] | None = None
    created_at: _dt.datetime | None = None
    completed_at: _dt.datetime | None = None
