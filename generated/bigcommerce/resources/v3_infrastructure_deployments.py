# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureDeployments` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._operation import NodeResource
from ..models.create_deployment_request import CreateDeploymentRequestCreate
from ..models.create_deployment_response import CreateDeploymentResponse
from ..models.upload_signature_response import UploadSignatureResponse

if TYPE_CHECKING:
    from .v3_infrastructure_deployments_events import V3InfrastructureDeploymentsEvents


class V3InfrastructureDeployments(NodeResource):
    """`api.infrastructure.deployments` (v3): create, uploads."""

    _version = "v3"

    @cached_property
    def events(self) -> V3InfrastructureDeploymentsEvents:
        from .v3_infrastructure_deployments_events import V3InfrastructureDeploymentsEvents

        return V3InfrastructureDeploymentsEvents(self._connection)

    def create(self, body: CreateDeploymentRequestCreate, /) -> CreateDeploymentResponse:
        """`POST /v3/infrastructure/deployments` (createDeployment)."""
        return self._one(
            CreateDeploymentResponse,
            "POST",
            "infrastructure/deployments",
            {},
            None,
            body=body,
            body_type=CreateDeploymentRequestCreate,
            envelope=True,
        )

    def uploads(self, body: dict[str, Any], /) -> UploadSignatureResponse:
        """`POST /v3/infrastructure/deployments/uploads` (generateUploadSignature)."""
        return self._one(
            UploadSignatureResponse,
            "POST",
            "infrastructure/deployments/uploads",
            {},
            None,
            body=body,
            body_type=dict[str, Any],
            envelope=True,
        )
