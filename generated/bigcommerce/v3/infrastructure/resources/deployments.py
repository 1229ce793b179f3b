# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureDeployments` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.create_deployment import CreateDeployment
from ..models.deployment_create import DeploymentCreate
from ..models.upload_signature import UploadSignature

if TYPE_CHECKING:
    from .deployments_events import V3InfrastructureDeploymentsEvents


class V3InfrastructureDeployments(NodeResource):
    """`api.infrastructure.deployments` (v3): create, uploads."""

    @cached_property
    def events(self) -> V3InfrastructureDeploymentsEvents:
        from .deployments_events import V3InfrastructureDeploymentsEvents

        return V3InfrastructureDeploymentsEvents(self._connection)

    _op_create: ClassVar[Operation[CreateDeployment]] = Operation(
        method="POST",
        path="infrastructure/deployments",
        version="v3",
        result="one",
        model=CreateDeployment,
        body_type=DeploymentCreate,
        envelope=True,
        operation_id="createDeployment",
    )

    def create(
        self,
        body: DeploymentCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CreateDeployment:
        """`POST /v3/infrastructure/deployments` (createDeployment).

        Returns one `CreateDeployment`.

        Args:
            body: `DeploymentCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "infrastructure/deployments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_uploads: ClassVar[Operation[UploadSignature]] = Operation(
        method="POST",
        path="infrastructure/deployments/uploads",
        version="v3",
        result="one",
        model=UploadSignature,
        body_type=dict[str, Any],
        envelope=True,
        operation_id="generateUploadSignature",
    )

    def uploads(
        self,
        body: dict[str, Any],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> UploadSignature:
        """`POST /v3/infrastructure/deployments/uploads` (generateUploadSignature).

        Returns one `UploadSignature`.

        Args:
            body: `dict[str, Any]`, the request body.
        """
        return self._call(
            self._op_uploads,
            "infrastructure/deployments/uploads",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
