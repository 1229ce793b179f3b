# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesJobs` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.job import Job


class V3ThemesJobs(NodeResource):
    """`api.themes.jobs` (v3): get."""

    _op_get: ClassVar[Operation[Job]] = Operation(
        method="GET",
        path="themes/jobs/{job_id}",
        version="v3",
        result="one",
        model=Job,
        envelope=True,
        operation_id="getStoreThemeJob",
    )

    def get(
        self,
        job_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Job:
        """`GET /v3/themes/jobs/{job_id}` (getStoreThemeJob).

        Returns one `Job`.

        Args:
            job_id: `str`, the path's `{job_id}`.
        """
        return self._call(
            self._op_get,
            f"themes/jobs/{segment(job_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
