# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `CreateDeployment` model."""

from __future__ import annotations

from ...._model import ApiModel


class CreateDeployment(ApiModel):
    """`CreateDeployment`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.infrastructure.deployments`: `create`.
    """

    deployment_uuid: str | None = None
