# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesJobs` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.job_response_data import JobResponseData


class V3ThemesJobs(NodeResource):
    """`api.themes.jobs` (v3): get."""

    _version = "v3"

    def get(self, job_id: str, /) -> JobResponseData:
        """`GET /v3/themes/jobs/{job_id}` (getStoreThemeJob)."""
        return self._one(
            JobResponseData, "GET", f"themes/jobs/{segment(job_id)}", {}, None, envelope=True
        )
