# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `DeploymentCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .environment_variable import EnvironmentVariable, EnvironmentVariableCreate


class DeploymentCreateModel(ApiModel):
    """`DeploymentCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    upload_uuid: str | None = None
    """Required to create and update."""
    project_uuid: str | None = None
    """Required to create and update."""
    environment_variables: list[EnvironmentVariable] | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class DeploymentCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    upload_uuid: Required[str]
    project_uuid: Required[str]
    environment_variables: list[EnvironmentVariableCreate] | None
