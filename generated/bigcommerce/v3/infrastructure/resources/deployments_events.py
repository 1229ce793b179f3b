# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureDeploymentsEvents` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation


class V3InfrastructureDeploymentsEvents(NodeResource):
    """`api.infrastructure.deployments.events` (v3): get."""

    _op_get: ClassVar[Operation[Iterator[str]]] = Operation(
        method="GET",
        path="infrastructure/deployments/{deployment_uuid}/events",
        version="v3",
        result="lines",
        operation_id="getDeploymentEventStream",
    )

    def get(
        self,
        deployment_uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Iterator[str]:
        """`GET /v3/infrastructure/deployments/{deployment_uuid}/events` (getDeploymentEventStream).

        Yields the answer's text, line by line.

        Args:
            deployment_uuid: `str`, the path's `{deployment_uuid}`.
        """
        return self._call(
            self._op_get,
            f"infrastructure/deployments/{segment(deployment_uuid)}/events",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
