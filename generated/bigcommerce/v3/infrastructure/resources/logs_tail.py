# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureLogsTail` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation


class V3InfrastructureLogsTail(NodeResource):
    """`api.infrastructure.logs.tail` (v3): get."""

    _op_get: ClassVar[Operation[Iterator[str]]] = Operation(
        method="GET",
        path="infrastructure/logs/{project_uuid}/tail",
        version="v3",
        result="lines",
        operation_id="tailWorkerLogs",
    )

    def get(
        self,
        project_uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Iterator[str]:
        """`GET /v3/infrastructure/logs/{project_uuid}/tail` (tailWorkerLogs).

        Yields the answer's text, line by line.

        Args:
            project_uuid: `str`, the path's `{project_uuid}`.
        """
        return self._call(
            self._op_get,
            f"infrastructure/logs/{segment(project_uuid)}/tail",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
