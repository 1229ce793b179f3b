# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `CreateDeploymentResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateDeploymentResponse(ApiModel):
    """`CreateDeploymentResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    deployment_uuid: str | None = None


@with_config(REQUEST_CONFIG)
class CreateDeploymentResponseCreate(TypedDict, total=False):
    """The fields to create a `CreateDeploymentResponse` with; unknown keys are refused."""

    deployment_uuid: str


@with_config(REQUEST_CONFIG)
class CreateDeploymentResponseUpdate(TypedDict, total=False):
    """The fields to update a `CreateDeploymentResponse` with; unknown keys are refused."""

    deployment_uuid: str
